import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { audit, auditCsv, auditFilterSchema, csvCell, listAuditLog } from "./audit";
import type { SessionUser } from "./auth/roles";

const platformAdmin: SessionUser = { id: "u-admin", username: "admin", name: "管理员", role: "ADMIN", orgId: null };
const orgAdmin: SessionUser = { id: "u-a", username: "a-admin", name: "甲管理员", role: "ADMIN", orgId: "org-a" };

beforeEach(async () => {
  await db.$executeRawUnsafe(`DELETE FROM "AuditLog"`);
  const entries = [
    // 2026-01-31 23:30 in China is still 2026-01-31 15:30 UTC; 2026-02-01 00:10 in China is 2026-01-31 16:10 UTC.
    { at: "2026-01-31T15:30:00Z", actor: "clerk", action: "auth.sign_in", orgId: "org-a" },
    { at: "2026-01-31T16:10:00Z", actor: "clerk", action: "item.create", orgId: "org-a" },
    { at: "2026-02-02T02:00:00Z", actor: "sfj-clerk", action: "auth.sign_in_failed", orgId: "org-b" },
    { at: "2026-02-03T02:00:00Z", actor: "admin", action: "user.create", orgId: null },
  ];
  for (const e of entries) await db.auditLog.create({ data: { ...e, at: new Date(e.at) } });
});

const actions = (rows: { action: string }[]) => rows.map((r) => r.action);

describe("audit log", () => {
  it("filters by action prefix, actor and China-time dates, newest first", async () => {
    expect(actions(await listAuditLog(platformAdmin, { action: "auth." }))).toEqual(["auth.sign_in_failed", "auth.sign_in"]);
    expect(actions(await listAuditLog(platformAdmin, { actor: "clerk" }))).toEqual(["item.create", "auth.sign_in"]);
    expect(actions(await listAuditLog(platformAdmin, { from: "2026-02-01", to: "2026-02-02" }))).toEqual(["auth.sign_in_failed", "item.create"]);
    expect(actions(await listAuditLog(platformAdmin, { to: "2026-01-31" }))).toEqual(["auth.sign_in"]);
  });

  it("shows an administrator of one organisation only that organisation's entries", async () => {
    expect(actions(await listAuditLog(orgAdmin, {}))).toEqual(["item.create", "auth.sign_in"]);
  });

  it("checks the filter: real dates, in order", () => {
    expect(auditFilterSchema.safeParse({ from: "2026-02-30" }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ from: "2026-02-03", to: "2026-02-01" }).error?.issues[0].message).toBe("结束日期不能早于开始日期");
    expect(auditFilterSchema.parse({ action: " ", from: "" })).toEqual({ action: undefined, actor: undefined, from: undefined, to: undefined });
  });

  it("records the address given, or null outside a request", async () => {
    await audit(platformAdmin, { action: "x.with_ip", ip: "10.1.2.3" });
    await audit(platformAdmin, { action: "x.no_request" });
    const rows = await db.auditLog.findMany({ where: { action: { startsWith: "x." } }, orderBy: { action: "asc" } });
    expect(rows.map((r) => [r.action, r.ip, r.actor])).toEqual([
      ["x.no_request", null, "admin"],
      ["x.with_ip", "10.1.2.3", "admin"],
    ]);
  });

  it("exports CSV that spreadsheets read as UTF-8 and never as formulas", async () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("-1+2")).toBe("'-1+2");
    expect(csvCell("a,b")).toBe(`"a,b"`);
    expect(csvCell(null)).toBe("");
    const csv = auditCsv(await listAuditLog(platformAdmin, { actor: "admin" }));
    expect(csv).toBe("\uFEFF时间,操作人,IP,操作,对象,对象编号,机构编号,修改前,修改后\r\n2026-02-03 10:00:00,admin,,user.create,,,,,\r\n");
  });
});
