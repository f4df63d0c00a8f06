import type { Role, SessionUser } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";

/** Who may do what: the one table every page, server action and route handler consults. */
export const PERMISSIONS = {
  "dashboard.view": ["CLERK", "SUPERVISOR", "OVERSEER", "ADMIN"],
  "account.password": ["CLERK", "SUPERVISOR", "OVERSEER", "ADMIN"],
  "item.edit": ["CLERK", "SUPERVISOR"],
  "item.review": ["SUPERVISOR"],
  "request.handle": ["CLERK", "SUPERVISOR"],
  "appeal.edit": ["CLERK", "SUPERVISOR"],
  "report.edit": ["SUPERVISOR"],
  "report.publish": ["SUPERVISOR"],
  "category.manage": ["ADMIN"],
  "organization.manage": ["SUPERVISOR", "ADMIN"],
  "organization.tree": ["ADMIN"],
  "user.manage": ["ADMIN"],
  "calendar.manage": ["ADMIN"],
  "audit.view": ["ADMIN"],
  // The outbox (/admin/mail): mail waiting, failed and sent; a platform admin sees every body's.
  "mail.manage": ["ADMIN"],
  "settings.manage": ["ADMIN"],
  // Read-only: the oversight console and roll-up over the bodies of the user's subtree (lib/oversight).
  "oversight.view": ["OVERSEER", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * What every body shares (the 主题分类, the working-day calendar, the site's settings, the tree of bodies): only a platform
 * administrator (no organisation) changes it — on a province's platform one township must not rename a
 * category under every other body's items.
 */
const PLATFORM_WIDE: readonly Permission[] = ["category.manage", "calendar.manage", "settings.manage", "organization.tree"];

export function can(user: SessionUser | null, permission: Permission): boolean {
  if (user === null || !(PERMISSIONS[permission] as readonly Role[]).includes(user.role)) return false;
  return user.orgId === null || !PLATFORM_WIDE.includes(permission);
}

export type Denial = "signed_out" | "password_change_required" | "forbidden";

export const DENIAL_MESSAGES: Record<Denial, string> = {
  signed_out: "登录已失效，请重新登录。",
  password_change_required: "请先修改初始密码。",
  forbidden: "您没有执行此操作的权限。",
};

/**
 * The one gate of every admin page (requirePage), server action (lib/action.ts) and route handler
 * (lib/route.ts): null when the user may go ahead. Until an initial or reset password is changed, the
 * only thing a user may do is change it.
 */
export function denial(user: (SessionUser & { mustChangePassword?: boolean }) | null, permission: Permission): Denial | null {
  if (!user) return "signed_out";
  if (user.mustChangePassword && permission !== "account.password") return "password_change_required";
  return can(user, permission) ? null : "forbidden";
}

/** Clerks and supervisors see only their own organisation; a platform-wide admin (no organisation) sees all. */
export function canAccessOrg(user: SessionUser | null, orgId: string): boolean {
  if (!user) return false;
  if (user.role === "ADMIN" && user.orgId === null) return true;
  return user.orgId === orgId;
}

/** For lib functions given a record's organisation: another organisation's record is "not found", so IDs in
 *  URLs and form fields reveal nothing. */
export function assertOrgAccess(user: SessionUser, orgId: string): void {
  if (!canAccessOrg(user, orgId)) throw new NotFoundError();
}

/** The organisations a user's lists are limited to: null means every organisation. */
export function orgScope(user: Pick<SessionUser, "role" | "orgId">): string | null {
  return user.role === "ADMIN" && user.orgId === null ? null : user.orgId;
}
