import type { Role, SessionUser } from "@/lib/auth/roles";

/** Who may do what: the one table every page, server action and route handler consults. */
export const PERMISSIONS = {
  "dashboard.view": ["CLERK", "SUPERVISOR", "ADMIN"],
  "item.edit": ["CLERK", "SUPERVISOR"],
  "item.review": ["SUPERVISOR"],
  "request.handle": ["CLERK", "SUPERVISOR"],
  "appeal.edit": ["CLERK", "SUPERVISOR"],
  "report.edit": ["SUPERVISOR"],
  "report.publish": ["SUPERVISOR"],
  "category.manage": ["SUPERVISOR", "ADMIN"],
  "organization.manage": ["SUPERVISOR", "ADMIN"],
  "user.manage": ["ADMIN"],
  "calendar.manage": ["ADMIN"],
  "audit.view": ["ADMIN"],
  "settings.manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(user: SessionUser | null, permission: Permission): boolean {
  return user !== null && (PERMISSIONS[permission] as readonly Role[]).includes(user.role);
}

/** Clerks and supervisors see only their own organisation; a platform-wide admin (no organisation) sees all. */
export function canAccessOrg(user: SessionUser | null, orgId: string): boolean {
  if (!user) return false;
  if (user.role === "ADMIN" && user.orgId === null) return true;
  return user.orgId === orgId;
}

/** The organisations a user's lists are limited to: null means every organisation. */
export function orgScope(user: SessionUser): string | null {
  return user.role === "ADMIN" && user.orgId === null ? null : user.orgId;
}
