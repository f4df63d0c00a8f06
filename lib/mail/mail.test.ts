import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { logIntake, noticeFee, sendCorrection, submitApplication } from "@/lib/requests/mutations";
import type { Intake } from "@/lib/requests/schemas";
import { APPLICANT } from "@/test/request-fixtures";
import { startSmtpServer, type TestSmtpServer } from "@/test/smtp-server";
import { queueDigests } from "./digest";
import { outboxForAdmin, queueMail, retryMail } from "./outbox";
import { MAX_ATTEMPTS, sendOutbox } from "./runner";
import { smtpSender, type MailSender } from "./transport";

let smtp: TestSmtpServer;
let clerk: SessionUser;
let admin: SessionUser;
let orgId: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());

beforeEach(async () => {
  for (const table of ["OutboxMail", "AuditLog", "RequestEvent", "RequestFee", "DisclosureRequest", "RateLimit", "User", "Organization", "CalendarDay"]) {
    await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
  }
  // No holidays: the deadlines below count weekdays only.
  const org = await db.organization.create({ data: { code: "xiaotao", name: "永安市小陶镇人民政府", indexPrefix: "003680183", email: "xtz@example.gov.cn", phone: "0598-1234567" } });
  orgId = org.id;
  const user = await db.user.create({ data: { username: "clerk", name: "办理员", role: "CLERK", orgId, passwordHash: "x" } });
  clerk = { id: user.id, username: "clerk", name: user.name, role: "CLERK", orgId };
  admin = { id: "admin", username: "admin", name: "管理员", role: "ADMIN", orgId: null };
});

const mail = (n: number) => ({ dedupeKey: `test:${n}`, to: `a${n}@example.cn`, subject: `主题${n}`, text: `正文${n}`, orgId });
const intake = (receivedOn: string, email?: string): Intake => ({ ...APPLICANT, channel: "in_person", receivedOn, email });

describe("the outbox", () => {
  it("queues a mail once per dedupe key", async () => {
    expect(await queueMail(mail(1))).toBe(true);
    expect(await queueMail({ ...mail(1), text: "又一次" })).toBe(false);
    expect(await db.outboxMail.count()).toBe(1);
  });

  it("two runners at once send each mail exactly once", async () => {
    for (let n = 0; n < 30; n++) await queueMail(mail(n));
    const sent: string[] = [];
    const slowSend: MailSender = async (m) => {
      await new Promise((r) => setTimeout(r, 5));
      sent.push(m.to);
    };
    const [a, b] = await Promise.all([sendOutbox(slowSend, { batch: 7 }), sendOutbox(slowSend, { batch: 7 })]);
    expect(a.sent + b.sent).toBe(30);
    expect(sent).toHaveLength(30);
    expect(new Set(sent).size).toBe(30);
    expect(await db.outboxMail.count({ where: { status: "sent", lockedBy: null } })).toBe(30);
  });

  it("retries a failure with backoff, fails it after the last attempt, and an admin can send it again", async () => {
    await queueMail(mail(1));
    const failing: MailSender = async () => {
      throw new Error("421 try later");
    };
    let now = new Date(Date.now() + 1000);
    const first = now.getTime();
    expect(await sendOutbox(failing, { now: () => now })).toEqual({ sent: 0, retried: 1, failed: 0 });
    let row = await db.outboxMail.findFirstOrThrow();
    expect(row).toMatchObject({ status: "queued", attempts: 1, lastError: "421 try later" });
    expect(row.nextAttemptAt.getTime()).toBe(first + 60_000);
    // Not due yet: nothing is tried.
    expect(await sendOutbox(failing, { now: () => now })).toEqual({ sent: 0, retried: 0, failed: 0 });
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      now = (await db.outboxMail.findFirstOrThrow()).nextAttemptAt;
      await sendOutbox(failing, { now: () => now });
    }
    row = await db.outboxMail.findFirstOrThrow();
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect((await outboxForAdmin(clerk)).pending.map((m) => m.status)).toEqual(["failed"]);

    await retryMail(admin, row.id);
    const sent: string[] = [];
    expect(await sendOutbox(async (m) => void sent.push(m.to))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sent).toEqual(["a1@example.cn"]);
    await expect(retryMail(admin, row.id)).rejects.toThrow("已发送");
  });

  it("sends through a real SMTP server", async () => {
    await queueMail({ ...mail(1), to: "smtp-test@example.cn", subject: "测试邮件", text: "你好，世界" });
    const send = smtpSender({ SMTP_URL: smtp.url, SMTP_PORT: 587, MAIL_FROM: "政府信息公开 <noreply@example.gov.cn>" })!;
    expect(await sendOutbox(send)).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [received] = await smtp.waitFor("smtp-test@example.cn");
    expect(received.subject).toBe("测试邮件");
    expect(received.text?.trim()).toBe("你好，世界");
    expect(received.from?.value[0].address).toBe("noreply@example.gov.cn");
  });
});

describe("the applicant's notices", () => {
  it("are queued with the submission and the receipt, to an applicant who gave an e-mail only", async () => {
    await submitApplication({ orgId, ...APPLICANT, email: "citizen@example.cn" }, "203.0.113.9");
    await logIntake(clerk, intake("2026-03-02", "citizen@example.cn"));
    await logIntake(clerk, intake("2026-03-02"));
    const queued = await db.outboxMail.findMany({ orderBy: { createdAt: "asc" } });
    expect(queued.map((m) => [m.to, m.subject])).toEqual([
      ["citizen@example.cn", expect.stringMatching(/^申请已提交（\d{4}-\d{4}）$/)],
      ["citizen@example.cn", expect.stringMatching(/^已收到您的政府信息公开申请（2026-\d{4}）$/)],
    ]);
    expect(queued[1].text).toContain("您的申请已于2026-03-02收到（收到申请之日）。\n答复期限：2026-03-30前");
  });
});

describe("the clerks' daily digest", () => {
  it("lists overdue, due-soon, lapsing 补正 and fee deadlines and unconfirmed requests, once per body and day", async () => {
    await logIntake(clerk, intake("2026-01-05")); // due 2026-02-02: overdue
    await logIntake(clerk, intake("2026-02-04")); // due 2026-03-04: 2 working days left
    const correction = await logIntake(clerk, intake("2026-02-23"));
    await sendCorrection(clerk, { requestId: correction.id, version: 1, on: "2026-02-24", items: "身份证明", deadlineOn: "2026-03-05" });
    const fee = await logIntake(clerk, intake("2026-01-26"));
    await noticeFee(clerk, { requestId: fee.id, version: 1, on: "2026-02-02", basis: "per_item", amountFen: 10000 }); // pay by 2026-03-02
    await logIntake(clerk, intake("2026-03-02")); // due 2026-03-30: nothing to remind of
    const online = await submitApplication({ orgId, ...APPLICANT, applicantName: "李四" }, "203.0.113.9");
    await db.disclosureRequest.updateMany({ where: { number: online.number }, data: { submittedAt: new Date("2026-02-27T02:00:00Z") } });

    const counts = await Promise.all([queueDigests("2026-03-02"), queueDigests("2026-03-02")]);
    expect(counts.sort()).toEqual([0, 1]);
    const digests = await db.outboxMail.findMany({ where: { dedupeKey: { startsWith: "digest:" } } });
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ to: "xtz@example.gov.cn", subject: "【依申请公开提醒】永安市小陶镇人民政府 2026-03-02" });
    expect(digests[0].text).toBe(
      [
        "永安市小陶镇人民政府 依申请公开每日提醒（2026-03-02）",
        "",
        "【已超过答复期限】（1件）",
        "  2026-0001 张三，答复期限 2026-02-02",
        "",
        "【5个工作日内到期】（1件）",
        "  2026-0002 张三，答复期限 2026-03-04（剩余2个工作日）",
        "",
        "【补正期限即将届满】（1件）",
        "  2026-0003 张三，补正期限 2026-03-05",
        "",
        "【缴费期限即将届满】（1件）",
        "  2026-0004 张三，缴费期限 2026-03-02",
        "",
        "【待确认的在线申请】（1件）",
        `  ${online.number} 李四，2026-02-27 提交`,
        "",
        "请登录 http://localhost:3000/admin/requests 办理。",
        "",
      ].join("\n"),
    );
    // Another run the same day queues nothing new; the next day's digest is a new mail.
    expect(await queueDigests("2026-03-02")).toBe(0);
    expect(await queueDigests("2026-03-03")).toBe(1);
  });

  it("is not queued for a body without a contact e-mail or with nothing to remind of", async () => {
    expect(await queueDigests("2026-03-02")).toBe(0);
    await logIntake(clerk, intake("2026-01-05"));
    await db.organization.update({ where: { id: orgId }, data: { email: null } });
    expect(await queueDigests("2026-03-02")).toBe(0);
  });
});
