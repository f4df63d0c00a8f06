import "server-only";
import { db } from "@/lib/db";
import { orgScope } from "@/lib/permissions";
import type { SessionUser } from "./roles";
import { accountKey } from "./lockout";

/** The accounts an administrator manages: all for a platform administrator, else those of their organisation. */
const managedBy = (user: SessionUser) => {
  const scope = orgScope(user);
  return scope === null ? {} : { orgId: scope };
};

/** Every account the administrator manages, with its organisation and whether a login lockout is running on it. */
export async function listUsers(user: SessionUser, now = new Date()) {
  const users = await db.user.findMany({
    where: managedBy(user),
    orderBy: [{ orgId: "asc" }, { username: "asc" }],
    select: { id: true, username: true, name: true, role: true, active: true, mustChangePassword: true, org: { select: { name: true } } },
  });
  const locks = await db.rateLimit.findMany({
    where: { key: { in: users.map((u) => accountKey(u.username)) }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  const locked = new Set(locks.map((l) => l.key));
  return users.map((u) => ({ ...u, locked: locked.has(accountKey(u.username)) }));
}

export function getUser(user: SessionUser, id: string) {
  return db.user.findFirst({
    where: { id, ...managedBy(user) },
    select: { id: true, username: true, name: true, role: true, orgId: true, active: true, mustChangePassword: true, version: true, passwordChangedAt: true },
  });
}
