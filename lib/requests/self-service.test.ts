import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { addCalendarDays, addWorkingDays, weekdaysOnlyCalendar } from "@/lib/calendar/working-days";
import { todayInChina } from "@/lib/dates";
import { db } from "@/lib/db";
import { buildReport } from "@/lib/report/build";
import { APPLICANT } from "@/test/request-fixtures";
import { closeRequest, logIntake, sendCorrection } from "./mutations";
import { addReplyFiles, answerCorrection, applicantFile, staffFile, withdrawApplication } from "./self-service";
import { NOT_FOUND, trackRequest } from "./track";

// Uploads go to a scratch directory (hoisted above the imports: lib/env reads the variable when first imported).
vi.hoisted(async () => {
  const [os, path] = await Promise.all([import("node:os"), import("node:path")]);
  process.env.UPLOAD_DIR = path.join(os.tmpdir(), `gongkai-test-uploads-${process.pid}`);
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const IP = "203.0.113.7";
let clerk: SessionUser;
let otherClerk: SessionUser;

beforeEach(async () => {
  for (const table of ["OutboxMail", "RequestAttachment", "AuditLog", "RequestEvent", "DisclosureRequest", "RateLimit", "User", "Organization", "CalendarDay"]) {
    await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
  }
  const org = await db.organization.create({ data: { code: "xiaotao", name: "永安市小陶镇人民政府", indexPrefix: "003680183" } });
  const other = await db.organization.create({ data: { code: "sfj", name: "永安市司法局", indexPrefix: "003680047" } });
  clerk = { id: "c1", username: "clerk", name: "办理员", role: "CLERK", orgId: org.id };
  otherClerk = { id: "c2", username: "sfj", name: "司法局", role: "CLERK", orgId: other.id };
});

const today = todayInChina();
/** A request received a week ago (weekdays-only calendar: no CalendarDay rows), with its number and 查询码. */
async function received(email?: string) {
  const receivedOn = addCalendarDays(today, -7);
  const created = await logIntake(clerk, { ...APPLICANT, channel: "in_person", receivedOn, email });
  return { ...created, code: created.trackingCode };
}

describe("answering a 补正 on /track", () => {
  it("records the 补正 with its files, restarts the clock today, and lets both sides download the files", async () => {
    const request = await received();
    await sendCorrection(clerk, { requestId: request.id, version: 1, on: addCalendarDays(today, -6), items: "身份证明", deadlineOn: today });
    const files = [new File([PNG], "身份证.png", { type: "image/png" })];
    await answerCorrection({ number: request.number, code: request.code, supplied: "已补充身份证照片", files }, IP);

    const view = await trackRequest({ number: request.number, code: request.code }, IP);
    expect(view.status).toBe("办理中");
    expect(view.dueOn).toBe(addWorkingDays(today, 20, weekdaysOnlyCalendar()));
    expect(view.steps.at(-1)).toContain("收到补正 → 重新起算20个工作日");
    expect(view.files).toEqual([{ id: expect.any(String), kind: "correction", fileName: "身份证.png", size: PNG.length }]);
    expect(view.canAnswerCorrection).toBe(false);

    const fileId = view.files[0].id;
    const mine = await applicantFile({ number: request.number, code: request.code, fileId }, IP);
    expect(new Uint8Array(mine!.bytes)).toEqual(PNG);
    expect(await staffFile(clerk, fileId)).not.toBeNull();
    expect(await staffFile(otherClerk, fileId)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "request.correction_received" } });
    expect(audit).toMatchObject({ actorId: null, ip: IP });
  });

  it("is refused with a wrong 查询码, or when no 补正 is asked for, and keeps no file", async () => {
    const request = await received();
    const files = [new File([PNG], "a.png")];
    await expect(answerCorrection({ number: request.number, code: "WRONG-CODE0", supplied: "x", files }, IP)).rejects.toThrow(NOT_FOUND);
    await expect(answerCorrection({ number: request.number, code: request.code, supplied: "x", files }, IP)).rejects.toThrow("当前不需要补正");
    expect(await db.requestAttachment.count()).toBe(0);
  });
});

describe("withdrawal", () => {
  it("closes the request today under 其他处理（六）3, counted in the year's report, and tells the applicant", async () => {
    const request = await received("citizen@example.cn");
    await withdrawApplication({ number: request.number, code: request.code, reason: "已自行获取" }, IP);
    const row = await db.disclosureRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ status: "closed", outcome: "other.other", closedOn: today });
    const view = await trackRequest({ number: request.number, code: request.code }, IP);
    expect(view).toMatchObject({ withdrawn: true, canWithdraw: false, outcome: "其他处理：其他" });
    expect(view.steps.at(-1)).toMatch(/^\d{1,2}月\d{1,2}日 申请人撤回申请，办理终止$/);

    const report = (await buildReport("xiaotao", Number(today.slice(0, 4))))!;
    expect(report.requests["other.other"].natural_person).toBe(1);
    expect(report.requests.total.total).toBe(1);
    expect(report.requests.carried_out.total).toBe(0);

    const notices = await db.outboxMail.findMany({ where: { requestId: request.id }, orderBy: { createdAt: "asc" } });
    expect(notices.map((m) => m.subject)).toEqual([`已收到您的政府信息公开申请（${request.number}）`, `您已撤回政府信息公开申请（${request.number}）`]);
    await expect(withdrawApplication({ number: request.number, code: request.code }, IP)).rejects.toThrow("已办结");
  });
});

describe("the reply's files", () => {
  it("are added by the office to a closed request and downloaded by the applicant", async () => {
    const request = await received();
    const files = [new File([PNG], "答复书.png")];
    await expect(addReplyFiles(clerk, request.id, files)).rejects.toThrow("请先答复办结");
    await closeRequest(clerk, { requestId: request.id, version: 1, on: today, outcome: "disclosed", replyText: "予以公开。" });
    await expect(addReplyFiles(otherClerk, request.id, files)).rejects.toThrow("不属于本机关");
    await addReplyFiles(clerk, request.id, files);
    const view = await trackRequest({ number: request.number, code: request.code }, IP);
    expect(view.files.map((f) => [f.kind, f.fileName])).toEqual([["reply", "答复书.png"]]);
  });
});
