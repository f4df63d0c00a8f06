import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { todayInChina } from "@/lib/dates";
import { DomainError } from "@/lib/errors";
import { readStored, storeUploads } from "@/lib/files/stored-file";
import { canAccessOrg } from "@/lib/permissions";
import { appendStep } from "./mutations";
import { matchTrackedRequest } from "./track";

// What the applicant does on /track with number + 查询码 (each call checks them under /track's rate limits), and
// the files of a request (the applicant's 补正, the office's reply) for both sides.

type Tracked = { number: string; code: string };

async function current(id: string) {
  return db.disclosureRequest.findUniqueOrThrow({ where: { id }, select: { id: true, version: true, status: true } });
}

/** 第三十条: the applicant supplies the 补正 online; recorded as received today, which restarts the 20 days. */
export async function answerCorrection(input: Tracked & { supplied: string; files: File[] }, ip: string) {
  const id = await matchTrackedRequest(input, ip);
  const request = await current(id);
  if (request.status !== "awaiting_correction") throw new DomainError("该申请当前不需要补正。");
  return storeUploads(input.files, (stored) =>
    appendStep({ applicant: true, ip }, { requestId: id, version: request.version }, { kind: "correction_received", on: todayInChina(), detail: { supplied: input.supplied } }, async (tx) => {
      await tx.requestAttachment.createMany({ data: stored.map((file) => ({ requestId: id, kind: "correction", ...file })) });
      return { detail: { online: true, files: stored.map((file) => file.fileName) } };
    }),
  );
}

/**
 * The applicant withdraws a received application: it closes today under 其他处理（六）3 "其他" (spec
 * annual-report-format.md, “What （六）其他处理 1/2/3 mean”; docs/ARCHITECTURE.md, counting rules).
 */
export async function withdrawApplication(input: Tracked & { reason?: string }, ip: string) {
  const id = await matchTrackedRequest(input, ip);
  const request = await db.disclosureRequest.findUniqueOrThrow({ where: { id }, select: { version: true, status: true, receivedOn: true } });
  if (request.status === "closed") throw new DomainError("该申请已办结，不能撤回。");
  if (request.receivedOn === null) throw new DomainError("受理机关尚未确认收到该申请；如需撤回，请联系受理机关。");
  const today = todayInChina();
  return appendStep({ applicant: true, ip }, { requestId: id, version: request.version }, { kind: "withdrawn", on: today, detail: input.reason ? { reason: input.reason } : undefined }, async () => ({
    fields: { outcome: "other.other", closedOn: today },
  }));
}

/** A file of the request the applicant proved with number + 查询码, or null. */
export async function applicantFile(input: Tracked & { fileId: string }, ip: string) {
  const id = await matchTrackedRequest(input, ip);
  return fileOf({ id: input.fileId, requestId: id });
}

/** A file of a request for the staff of its body, or null. */
export async function staffFile(user: SessionUser, fileId: string) {
  const file = await db.requestAttachment.findUnique({ where: { id: fileId }, select: { request: { select: { orgId: true } } } });
  return file && canAccessOrg(user, file.request.orgId) ? fileOf({ id: fileId }) : null;
}

async function fileOf(where: { id: string; requestId?: string }) {
  const file = await db.requestAttachment.findFirst({ where, select: { fileName: true, contentType: true, storagePath: true } });
  return file && { fileName: file.fileName, contentType: file.contentType, bytes: await readStored(file.storagePath) };
}

/** The office attaches its reply (the signed 答复书, the information provided) to a closed request. */
export async function addReplyFiles(user: SessionUser, requestId: string, files: File[]) {
  const request = await db.disclosureRequest.findUnique({ where: { id: requestId }, select: { id: true, orgId: true, status: true } });
  if (!request || !canAccessOrg(user, request.orgId)) throw new DomainError("申请不存在或不属于本机关。");
  if (request.status !== "closed") throw new DomainError("请先答复办结，再上传答复文件。");
  return storeUploads(files, (stored) =>
    db.$transaction(async (tx) => {
      await tx.requestAttachment.createMany({ data: stored.map((file) => ({ requestId, kind: "reply", ...file })) });
      await audit(user, { action: "request.reply_files", entity: "DisclosureRequest", entityId: requestId, orgId: request.orgId, after: { files: stored.map((f) => f.fileName) } }, tx);
      return { count: stored.length };
    }),
  );
}
