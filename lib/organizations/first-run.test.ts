import { beforeEach, describe, expect, it } from "vitest";
import { authenticate, loadSessionUser } from "@/lib/auth/users";
import { passwordSchema } from "@/lib/auth/password-policy";
import { db } from "@/lib/db";
import { firstRun, firstRunSchema, initialPassword } from "./first-run";

const INPUT = firstRunSchema.parse({
  code: "yongan",
  name: "永安市人民政府",
  kind: "county_government",
  indexPrefix: "003680000",
  adminUsername: "admin",
  adminName: "张三",
});

beforeEach(async () => {
  for (const table of ["AuditLog", "RateLimit", "User", "Organization"]) await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
});

describe("the first run of a real office", () => {
  it("creates exactly one body and one platform administrator, whose printed password signs in and must be changed", async () => {
    const { orgId, adminId, password } = await firstRun(INPUT);
    expect(await db.organization.findMany({ select: { id: true, code: true, name: true, kind: true, parentId: true, indexPrefix: true } })).toEqual([
      { id: orgId, code: "yongan", name: "永安市人民政府", kind: "county_government", parentId: null, indexPrefix: "003680000" },
    ]);
    expect(await db.user.findMany({ select: { id: true, username: true, name: true, role: true, orgId: true, mustChangePassword: true } })).toEqual([
      { id: adminId, username: "admin", name: "张三", role: "ADMIN", orgId: null, mustChangePassword: true },
    ]);
    expect((await authenticate("admin", password, null)).ok).toBe(true);
    expect((await loadSessionUser(adminId, 0))?.mustChangePassword).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "setup.first_run" } });
    expect(entry.after).not.toContain(password);
  });

  it("refuses a second time and changes nothing", async () => {
    await firstRun(INPUT);
    const before = { orgs: await db.organization.findMany(), users: await db.user.findMany(), audit: await db.auditLog.count() };
    await expect(firstRun({ ...INPUT, code: "other", adminUsername: "admin2" })).rejects.toThrow("初始化只能运行一次");
    expect({ orgs: await db.organization.findMany(), users: await db.user.findMany(), audit: await db.auditLog.count() }).toEqual(before);
  });

  it("generates passwords that meet the password policy and never contain the username", () => {
    for (let i = 0; i < 200; i++) {
      const password = initialPassword("abc");
      expect(passwordSchema.safeParse(password).success).toBe(true);
      expect(password.toLowerCase()).not.toContain("abc");
    }
    expect(new Set(Array.from({ length: 50 }, () => initialPassword("admin"))).size).toBe(50);
  });

  it("refuses bad input with Chinese messages", () => {
    const result = firstRunSchema.safeParse({ ...INPUT, code: "永安", kind: "planet", adminUsername: "A" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "code: 机关编码只能包含字母、数字和 . _ - /（如 yongan-sfj）",
      "kind: 请选择机关类别",
      "adminUsername: 用户名为 3–32 位小写字母、数字或 . _ -，以字母或数字开头",
    ]);
  });
});
