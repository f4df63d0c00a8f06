import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { loadShippedCalendar, setCalendarDay } from "@/lib/calendar/mutations";
import { loadCalendar } from "@/lib/calendar/queries";
import { createAppeal, updateAppeal } from "@/lib/appeals/mutations";
import { ConflictError } from "@/lib/errors";
import { computeClock } from "./clock";
import {
  closeRequest,
  confirmReceipt,
  extendDeadline,
  logIntake,
  noticeFee,
  receiveCorrection,
  recordFeePaid,
  sendCorrection,
  submitApplication,
} from "./mutations";
import { requestCounts, requestDetail, similarRequests, openRequests, dashboardGroups } from "./queries";
import { publicApplicationSchema, type Intake, type PublicApplication } from "./schemas";
import { NOT_FOUND, trackRequest } from "./track";
import { APPLICANT } from "@/test/request-fixtures";

const TABLES = ["AuditLog", "Appeal", "RequestEvent", "RequestFee", "DisclosureRequest", "RateLimit", "User", "Organization"];

let clerk: SessionUser;
let otherClerk: SessionUser;
let admin: SessionUser;
let orgId: string;

beforeAll(async () => {
  await db.calendarDay.deleteMany();
  await loadShippedCalendar();
});

beforeEach(async () => {
  for (const table of TABLES) await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
  const org = await db.organization.create({ data: { code: "xiaotao", name: "永安市小陶镇人民政府", indexPrefix: "003680183" } });
  const other = await db.organization.create({ data: { code: "sfj", name: "永安市司法局", indexPrefix: "003680047" } });
  orgId = org.id;
  const make = async (username: string, role: SessionUser["role"], org: string | null): Promise<SessionUser> => {
    const user = await db.user.create({ data: { username, name: `${username}名`, role, orgId: org, passwordHash: "x" } });
    return { id: user.id, username, name: user.name, role, orgId: org };
  };
  clerk = await make("clerk", "CLERK", org.id);
  otherClerk = await make("sfj-clerk", "CLERK", other.id);
  admin = await make("admin", "ADMIN", null);
});

const applicant = APPLICANT;

const application = (): PublicApplication => ({ orgId, ...applicant });

const intake = (receivedOn: string, description: string = applicant.description): Intake => ({
  ...applicant,
  description,
  channel: "in_person",
  receivedOn,
});

const version = async (id: string) => (await db.disclosureRequest.findUniqueOrThrow({ where: { id } })).version;

describe("new requests", () => {
  it("numbers online applications per organisation and year, stores only the 查询码's hash, awaits confirmation", async () => {
    const first = await submitApplication(application(), "203.0.113.50");
    const second = await submitApplication(application(), "203.0.113.50");
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    expect([first.number, second.number]).toEqual([`${year}-0001`, `${year}-0002`]);
    expect(first.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    const row = await db.disclosureRequest.findFirstOrThrow({ where: { number: first.number } });
    expect(row).toMatchObject({ status: "awaiting_confirmation", channel: "online", receivedOn: null, applicantType: "natural_person" });
    expect(row.trackingCodeHash).toMatch(/^scrypt\$/);
    expect(row.trackingCodeHash).not.toContain(first.trackingCode.replace("-", ""));
    expect(await db.auditLog.count({ where: { action: "request.submit", entityId: row.id } })).toBe(1);
  });

  it("refuses an unknown organisation", async () => {
    await expect(submitApplication({ ...application(), orgId: "nope" }, "203.0.113.50")).rejects.toThrow("请选择受理机关。");
    expect(await db.disclosureRequest.count()).toBe(0);
  });

  it("stores nothing when the public form is hostile (the schema refuses before anything is written)", async () => {
    const hostile = { ...application(), applicantName: "<script>alert(1)</script>", description: "x".repeat(100_000), idNumber: "123" };
    expect(publicApplicationSchema.safeParse(hostile).success).toBe(false);
    expect(await db.disclosureRequest.count()).toBe(0);
  });

  it("numbers a clerk's intake by the year of receipt and opens the clock on that day", async () => {
    const created = await logIntake(clerk, intake("2024-03-01"));
    expect(created.number).toBe("2024-0001");
    const detail = await requestDetail(clerk, created.id);
    expect(detail?.clock.dueOn).toBe("2024-03-29");
    expect(detail?.request.status).toBe("received");
    expect(detail?.history.map((e) => [e.kind, e.on, e.actor])).toEqual([["received", "2024-03-01", "clerk名"]]);
  });
});

describe("the clock ledger", () => {
  it("confirms an online application and refuses a stale version or another organisation", async () => {
    const { number } = await submitApplication(application(), "203.0.113.50");
    const { id } = await db.disclosureRequest.findFirstOrThrow({ where: { number } });
    await expect(confirmReceipt(otherClerk, { requestId: id, version: 1, on: "2099-01-01" })).rejects.toThrow("申请不存在或不属于本机关。");
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await confirmReceipt(clerk, { requestId: id, version: 1, on: today });
    expect(await db.disclosureRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "received", receivedOn: today, version: 2 });
    await expect(confirmReceipt(clerk, { requestId: id, version: 1, on: today })).rejects.toThrow(new ConflictError().message);
    await expect(confirmReceipt(clerk, { requestId: id, version: 2, on: today })).rejects.toThrow("已登记收到申请，不能重复登记");
  });

  it("runs 补正 → restart → extension → 部分公开 across 2024 春节 with exact dates", async () => {
    const { id } = await logIntake(clerk, intake("2024-02-01"));
    await sendCorrection(clerk, { requestId: id, version: 1, on: "2024-02-05", items: "请写明年份", deadlineOn: "2024-02-29" });
    expect((await requestDetail(clerk, id))?.request.status).toBe("awaiting_correction");
    await expect(sendCorrection(clerk, { requestId: id, version: 2, on: "2024-02-06", items: "再补", deadlineOn: "2024-02-29" })).rejects.toThrow(
      "补正通知应一次性告知（第三十条），不能再次发出",
    );
    await receiveCorrection(clerk, { requestId: id, version: 2, on: "2024-02-08", supplied: "写明了2023年" });
    expect((await requestDetail(clerk, id))?.clock.dueOn).toBe("2024-03-13");
    expect((await db.requestEvent.findFirstOrThrow({ where: { requestId: id, kind: "correction_received" } })).detail).toBe('{"supplied":"写明了2023年"}');
    await extendDeadline(clerk, { requestId: id, version: 3, on: "2024-03-01", days: 10, approver: "党政办主任", notifiedOn: "2024-03-01" });
    const extended = await requestDetail(clerk, id);
    // 3/13 + 10: 3/14, 15, 18–22, 25–27
    expect(extended?.clock.dueOn).toBe("2024-03-27");
    expect(extended?.request.status).toBe("extended");
    await expect(closeRequest(clerk, { requestId: id, version: 4, on: "2024-03-20", outcome: "other.no_correction", reason: "未补正", replyText: "告知书" })).rejects.toThrow(
      "只有发出补正通知后申请人未补正的",
    );
    await closeRequest(clerk, { requestId: id, version: 4, on: "2024-03-20", outcome: "partial", reason: "含个人隐私，已作区分处理", replyText: "政府信息部分公开告知书" });
    const closed = await db.disclosureRequest.findUniqueOrThrow({ where: { id } });
    expect(closed).toMatchObject({ status: "closed", outcome: "partial", closedOn: "2024-03-20", version: 5 });
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(5);
  });

  it("records a fee notice and payment in fen, and closes unpaid only when a fee is unpaid", async () => {
    const { id } = await logIntake(clerk, intake("2024-03-01"));
    await expect(closeRequest(clerk, { requestId: id, version: 1, on: "2024-03-05", outcome: "other.unpaid_fee", reason: "未缴费", replyText: "x" })).rejects.toThrow(
      "没有未缴纳的收费通知",
    );
    await noticeFee(clerk, { requestId: id, version: 1, on: "2024-03-11", basis: "per_page", amountFen: 70000 });
    const fee = await db.requestFee.findFirstOrThrow({ where: { requestId: id } });
    expect(fee).toMatchObject({ amountFen: 70000, basis: "per_page", noticeOn: "2024-03-11", paidOn: null });
    expect((await db.disclosureRequest.findUniqueOrThrow({ where: { id } })).status).toBe("awaiting_fee");
    await recordFeePaid(clerk, { requestId: id, version: 2, on: "2024-03-15", feeId: fee.id });
    expect((await db.requestFee.findUniqueOrThrow({ where: { id: fee.id } })).paidOn).toBe("2024-03-15");
    const detail = await requestDetail(clerk, id);
    expect(detail?.clock.dueOn).toBe("2024-04-08");
    expect(detail?.request.status).toBe("received");
  });
});

describe("calendar changes", () => {
  it("recomputes open requests, writes old → new into their history, and leaves closed ones alone", async () => {
    const open = await logIntake(clerk, intake("2024-03-01"));
    const closed = await logIntake(clerk, intake("2024-03-01", "另一项信息"));
    await closeRequest(clerk, { requestId: closed.id, version: 1, on: "2024-03-05", outcome: "disclosed", replyText: "已提供" });
    const result = await setCalendarDay(admin, { date: "2024-03-08", kind: "holiday", name: "测试调整", source: "某某通知" });
    expect(result.affected).toEqual([open.number]);
    const events = await db.requestEvent.findMany({ where: { kind: "calendar_changed" } });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].detail!)).toMatchObject({ date: "2024-03-08", from: "2024-03-29", to: "2024-04-01" });
    const detail = await requestDetail(clerk, open.id);
    expect(detail?.clock.dueOn).toBe("2024-04-01");
    expect(detail?.clock.steps.at(-1)).toMatch(/节假日安排调整（2024年3月8日|节假日安排调整（3月8日/);
    expect(await version(open.id)).toBe(2);
    expect(await db.auditLog.count({ where: { action: "calendar.create", entityId: "2024-03-08" } })).toBe(1);

    // the same day again changes no deadline, so no history entry
    expect((await setCalendarDay(admin, { date: "2024-03-08", kind: "holiday", name: "测试调整", source: "某某通知" })).affected).toEqual([]);
    await db.calendarDay.delete({ where: { date: "2024-03-08" } });
  });

  it("loads the shipped holidays once and never overwrites an admin's correction", async () => {
    await setCalendarDay(admin, { date: "2024-02-09", kind: "holiday", name: "除夕", source: "地方通知" });
    expect(await loadShippedCalendar()).toBe(0);
    expect(await db.calendarDay.findUnique({ where: { date: "2024-02-09" } })).toMatchObject({ kind: "holiday", source: "地方通知" });
    await setCalendarDay(admin, { date: "2024-02-04", kind: "holiday", name: "春节", source: "测试" });
    await db.calendarDay.delete({ where: { date: "2024-02-09" } });
    await db.calendarDay.delete({ where: { date: "2024-02-04" } });
    expect(await loadShippedCalendar()).toBe(1); // 2024-02-04 (shipped) comes back; 2024-02-09 is not shipped
    const cal = await loadCalendar();
    expect(cal.workdays.has("2024-02-04")).toBe(true);
    expect(cal.holidays.has("2024-02-09")).toBe(false);
    expect(computeClock([{ kind: "received", on: "2024-01-26" }], cal).dueOn).toBe("2024-02-28");
  });
});

describe("tracking", () => {
  it("marks a deadline in a year without a loaded holiday notice 暂按工作日推算 (dueProvisional)", async () => {
    const tracked = async (on: string) => {
      const { number, trackingCode } = await submitApplication(application(), "203.0.113.51");
      const { id } = await db.disclosureRequest.findFirstOrThrow({ where: { number } });
      await db.disclosureRequest.update({ where: { id }, data: { submittedAt: new Date(`${on}T00:00:00+08:00`) } }); // submitted that day
      await confirmReceipt(clerk, { requestId: id, version: 1, on });
      return trackRequest({ number, code: trackingCode }, "203.0.113.2");
    };
    expect(await tracked("2026-03-02")).toMatchObject({ dueOn: "2026-03-30", dueProvisional: false }); // 2026's notice is shipped
    expect(await tracked("2099-03-02")).toMatchObject({ dueOn: "2099-03-30", dueProvisional: true }); // Monday–Friday only
  });

  it("shows status, deadlines and reply for the right code, the same message otherwise", async () => {
    const { number, trackingCode } = await submitApplication(application(), "203.0.113.50");
    const view = await trackRequest({ number, code: trackingCode.toLowerCase() }, "203.0.113.1");
    expect(view).toMatchObject({ number, status: "待确认收到", orgName: "永安市小陶镇人民政府", dueOn: null, outcome: null });
    expect(Object.keys(view)).not.toContain("applicantName");
    await expect(trackRequest({ number, code: "AAAAA-AAAAA" }, "203.0.113.1")).rejects.toThrow(NOT_FOUND);
    await expect(trackRequest({ number: "1999-0001", code: trackingCode }, "203.0.113.1")).rejects.toThrow(NOT_FOUND);
  });

  it("allows 10 look-ups per 申请编号 per 15 minutes, from whatever address; other numbers still answer", async () => {
    for (let i = 0; i < 10; i++) await expect(trackRequest({ number: "x", code: "y" }, "198.51.100.9")).rejects.toThrow(NOT_FOUND);
    await expect(trackRequest({ number: "x", code: "y" }, "198.51.100.9")).rejects.toThrow("该申请编号的查询次数过多，请15分钟后再试。");
    await expect(trackRequest({ number: "x", code: "y" }, "198.51.100.10")).rejects.toThrow("该申请编号的查询次数过多，请15分钟后再试。");
    await expect(trackRequest({ number: "z", code: "y" }, "198.51.100.9")).rejects.toThrow(NOT_FOUND);
  });
});

describe("dashboard and repeat-request hint", () => {
  it("counts by status in the user's organisation and groups open requests", async () => {
    await logIntake(clerk, intake("2024-03-01"));
    const waiting = await logIntake(clerk, intake("2024-03-01", "财政预算"));
    await sendCorrection(clerk, { requestId: waiting.id, version: 1, on: "2024-03-04", items: "写明年份", deadlineOn: "2024-03-20" });
    await submitApplication(application(), "203.0.113.50");
    expect(await requestCounts(clerk)).toMatchObject({ received: 1, awaiting_correction: 1, awaiting_confirmation: 1, closed: 0 });
    expect(await requestCounts(otherClerk)).toMatchObject({ received: 0, awaiting_correction: 0 });
    const groups = dashboardGroups(await openRequests(clerk));
    expect(groups.overdue.map((r) => r.clock.dueOn)).toEqual(["2024-03-29"]);
    expect(groups.waiting.map((r) => r.number)).toEqual([waiting.number]);
    expect(groups.awaitingConfirmation).toHaveLength(1);
    expect(await openRequests(otherClerk)).toEqual([]);
  });

  it("suggests an earlier, similar request by the same applicant", async () => {
    const earlier = await logIntake(clerk, intake("2024-03-01", "请公开2023年小陶镇农村危房改造补助对象名单"));
    await logIntake(clerk, intake("2024-03-01", "请公开2023年小陶镇财政预算执行情况"));
    const later = await logIntake(clerk, intake("2024-04-01", "申请公开小陶镇2023年农村危房改造补助对象名单"));
    const row = await db.disclosureRequest.findUniqueOrThrow({ where: { id: later.id } });
    expect((await similarRequests(row)).map((r) => r.number)).toEqual([earlier.number]);
  });
});

describe("appeals", () => {
  it("links a case to a request of the same organisation only", async () => {
    const { number } = await logIntake(clerk, intake("2024-03-01"));
    const input = { number: "FY-2024-01", kind: "review", filedOn: "2024-05-10", requestNumber: number } as const;
    const { id } = await createAppeal(clerk, input);
    expect(await db.appeal.findUniqueOrThrow({ where: { id }, include: { request: true } })).toMatchObject({ request: { number } });
    await expect(createAppeal(otherClerk, { ...input, number: "FY-2024-02" })).rejects.toThrow("找不到该申请编号。");
    await expect(createAppeal(clerk, input)).rejects.toThrow("案件编号重复。");
    await expect(updateAppeal(otherClerk, { id, version: 1, ...input, closedOn: "2024-07-01", result: "upheld" })).rejects.toThrow("案件不存在或不属于本机关。");
    await updateAppeal(clerk, { id, version: 1, ...input, closedOn: "2024-07-01", result: "upheld" });
    expect(await db.appeal.findUniqueOrThrow({ where: { id } })).toMatchObject({ closedOn: "2024-07-01", result: "upheld", version: 2 });
  });

  it("refuses a save made on a version someone else has since changed, and keeps their change", async () => {
    const input = { number: "FY-2024-03", kind: "review", filedOn: "2024-05-10" } as const;
    const { id } = await createAppeal(clerk, input);
    // Two clerks opened version 1; the first closes the case, the second's edit of the note comes later.
    await updateAppeal(clerk, { id, version: 1, ...input, closedOn: "2024-07-01", result: "corrected" });
    await expect(updateAppeal(clerk, { id, version: 1, ...input, note: "补充材料" })).rejects.toThrow(new ConflictError().message);
    expect(await db.appeal.findUniqueOrThrow({ where: { id } })).toMatchObject({ closedOn: "2024-07-01", result: "corrected", note: null, version: 2 });
  });
});
