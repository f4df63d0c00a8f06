import "server-only";
import { db } from "@/lib/db";
import { accountKey } from "./lockout";

/** Every account with its organisation and whether a login lockout is running on it. */
export async function listUsers(now = new Date()) {
  const users = await db.user.findMany({
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

export function getUser(id: string) {
  return db.user.findUnique({
    where: { id },
    select: { id: true, username: true, name: true, role: true, orgId: true, active: true, mustChangePassword: true, version: true, passwordChangedAt: true },
  });
}
