import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/roles";
import { ConflictError, DomainError } from "@/lib/errors";
import { canAccessOrg } from "@/lib/permissions";
import type { AppealInput, AppealUpdate } from "./schemas";

/** The organisation a clerk or supervisor records cases for: their own. */
function ownOrg(user: SessionUser): string {
  if (!user.orgId) throw new DomainError("请使用所属机关的账号登记复议诉讼案件。");
  return user.orgId;
}

/** 申请编号 → the request's id, within the same organisation only. */
async function linkedRequestId(tx: Prisma.TransactionClient, orgId: string, number: string | undefined) {
  if (!number) return null;
  const request = await tx.disclosureRequest.findUnique({ where: { orgId_number: { orgId, number } }, select: { id: true } });
  if (!request) throw new DomainError("找不到该申请编号。", { requestNumber: [`本机关没有编号为 ${number} 的申请`] });
  return request.id;
}

function appealData(input: AppealInput, requestId: string | null) {
  return {
    number: input.number,
    kind: input.kind,
    filedOn: input.filedOn,
    closedOn: input.closedOn ?? null,
    result: input.result ?? null,
    note: input.note ?? null,
    requestId,
  };
}

async function ensureNumberFree(tx: Prisma.TransactionClient, orgId: string, number: string, exceptId?: string) {
  const existing = await tx.appeal.findUnique({ where: { orgId_number: { orgId, number } }, select: { id: true } });
  if (existing && existing.id !== exceptId) throw new DomainError("案件编号重复。", { number: ["本机关已有此编号的案件"] });
}

export async function createAppeal(user: SessionUser, input: AppealInput) {
  const orgId = ownOrg(user);
  return db.$transaction(async (tx) => {
    await ensureNumberFree(tx, orgId, input.number);
    const appeal = await tx.appeal.create({ data: { orgId, ...appealData(input, await linkedRequestId(tx, orgId, input.requestNumber)) } });
    await audit(user, { action: "appeal.create", entity: "Appeal", entityId: appeal.id, orgId, after: appeal }, tx);
    return { id: appeal.id };
  });
}

export async function updateAppeal(user: SessionUser, input: AppealUpdate) {
  return db.$transaction(async (tx) => {
    const before = await tx.appeal.findUnique({ where: { id: input.id } });
    if (!before || !canAccessOrg(user, before.orgId)) throw new DomainError("案件不存在或不属于本机关。");
    if (before.version !== input.version) throw new ConflictError();
    await ensureNumberFree(tx, before.orgId, input.number, before.id);
    // The version guards the write too: another process saving between the read and the write is refused.
    const { count } = await tx.appeal.updateMany({
      where: { id: before.id, version: before.version },
      data: { ...appealData(input, await linkedRequestId(tx, before.orgId, input.requestNumber)), version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError();
    const after = await tx.appeal.findUniqueOrThrow({ where: { id: before.id } });
    await audit(user, { action: "appeal.update", entity: "Appeal", entityId: before.id, orgId: before.orgId, before, after }, tx);
    return { id: after.id, version: after.version };
  });
}
