import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { siteSettingsSchema } from "@/lib/site-schema";
import { SITE_DEFAULTS, siteSettings, updateSiteSettings } from "./site";

const admin: SessionUser = { id: "u-admin", username: "admin", name: "管理员", role: "ADMIN", orgId: null };

beforeEach(async () => {
  await db.$executeRawUnsafe(`DELETE FROM "Setting"`);
  await db.$executeRawUnsafe(`DELETE FROM "AuditLog"`);
});

const save = (fields: Record<string, string>) => updateSiteSettings(admin, siteSettingsSchema.parse(fields));

describe("site settings storage", () => {
  it("falls back to the defaults when nothing is stored", async () => {
    expect(await siteSettings()).toEqual(SITE_DEFAULTS);
  });

  it("stores what is given, unsets what is empty or equal to its default, and audits only the changes", async () => {
    expect(await save({ name: "永安市政府信息公开平台", icp: "闽ICP备12345678号", phone: "0598-3630000" })).toEqual({ changed: ["name", "icp", "phone"] });
    expect(await save({ name: "永安市政府信息公开平台", icp: "", phone: "0598-3630000", rules: SITE_DEFAULTS.rules })).toEqual({ changed: ["icp"] });
    const rows = await db.setting.findMany({ orderBy: { key: "asc" } });
    expect(rows).toEqual([
      { key: "site.name", value: "永安市政府信息公开平台" },
      { key: "site.phone", value: "0598-3630000" },
    ]);
    const log = await db.auditLog.findMany({ orderBy: { at: "asc" } });
    expect(log.map((l) => [l.action, l.before, l.after])).toEqual([
      ["site.update", `{"name":null,"icp":null,"phone":null}`, `{"name":"永安市政府信息公开平台","icp":"闽ICP备12345678号","phone":"0598-3630000"}`],
      ["site.update", `{"icp":"闽ICP备12345678号"}`, `{"icp":null}`],
    ]);
    await save({ name: "永安市政府信息公开平台", phone: "0598-3630000" });
    expect(await db.auditLog.count()).toBe(2);
  });
});
