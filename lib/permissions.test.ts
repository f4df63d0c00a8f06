import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import { assertOrgAccess, canAccessOrg, denial, orgScope } from "./permissions";

const clerk: SessionUser = { id: "1", username: "clerk", name: "陈办事", role: "CLERK", orgId: "xiaotao" };
const admin: SessionUser = { id: "2", username: "admin", name: "管理员", role: "ADMIN", orgId: null };
const orgAdmin: SessionUser = { ...admin, id: "3", orgId: "yongan-sfj" };

describe("the access gate", () => {
  it("refuses anonymous visitors, then users with an initial password (except to change it), then by role", () => {
    expect(denial(null, "dashboard.view")).toBe("signed_out");
    expect(denial({ ...clerk, mustChangePassword: true }, "item.edit")).toBe("password_change_required");
    expect(denial({ ...clerk, mustChangePassword: true }, "dashboard.view")).toBe("password_change_required");
    expect(denial({ ...clerk, mustChangePassword: true }, "account.password")).toBeNull();
    expect(denial(clerk, "user.manage")).toBe("forbidden");
    expect(denial(clerk, "item.edit")).toBeNull();
    expect(denial(admin, "item.edit")).toBe("forbidden");
    expect(denial(admin, "audit.view")).toBeNull();
  });

  it("leaves what every body shares (主题分类, calendar, site settings, the tree of bodies) to a platform administrator", () => {
    expect(denial(admin, "category.manage")).toBeNull();
    expect(denial(orgAdmin, "category.manage")).toBe("forbidden");
    expect(denial({ ...clerk, role: "SUPERVISOR" }, "category.manage")).toBe("forbidden");
    expect(denial(admin, "calendar.manage")).toBeNull();
    expect(denial(admin, "settings.manage")).toBeNull();
    expect(denial(orgAdmin, "calendar.manage")).toBe("forbidden");
    expect(denial(orgAdmin, "settings.manage")).toBe("forbidden");
    expect(denial(orgAdmin, "user.manage")).toBeNull();
    expect(denial(admin, "organization.tree")).toBeNull();
    expect(denial(orgAdmin, "organization.tree")).toBe("forbidden");
    expect(denial({ ...clerk, role: "SUPERVISOR" }, "organization.tree")).toBe("forbidden");
  });
});

describe("organisation scope", () => {
  it("limits clerks and organisation admins to their own organisation; a platform admin sees all", () => {
    expect(canAccessOrg(clerk, "xiaotao")).toBe(true);
    expect(canAccessOrg(clerk, "yongan-sfj")).toBe(false);
    expect(canAccessOrg(orgAdmin, "xiaotao")).toBe(false);
    expect(canAccessOrg(admin, "xiaotao")).toBe(true);
    expect([orgScope(clerk), orgScope(orgAdmin), orgScope(admin)]).toEqual(["xiaotao", "yongan-sfj", null]);
  });

  it("answers another organisation's record as not found", () => {
    expect(() => assertOrgAccess(clerk, "yongan-sfj")).toThrow(NotFoundError);
    expect(() => assertOrgAccess(clerk, "xiaotao")).not.toThrow();
  });
});
