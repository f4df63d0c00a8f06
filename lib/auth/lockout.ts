import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { prismaErrorCode } from "@/lib/errors";

// Login-failure lockout (等保 2.0: 登录失败处理). Counters live in the RateLimit table, not in process memory,
// so every app instance sees the same failures. Both the account and the client's address are counted:
// the account counter stops guessing one password, the address counter stops trying one password on
// many accounts. Unknown usernames are counted too, so a lockout never reveals whether an account exists.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

export type LockScope = "account" | "ip";
export type LockKey = { scope: LockScope; key: string };

export const accountKey = (username: string) => `login:account:${username}`;

export function lockKeys(username: string, ip: string | null): LockKey[] {
  const keys: LockKey[] = [{ scope: "account", key: accountKey(username) }];
  if (ip) keys.push({ scope: "ip", key: `login:ip:${ip}` });
  return keys;
}

/** The latest lock still running on any of the keys, or null. */
export async function activeLock(keys: LockKey[], now = new Date()): Promise<Date | null> {
  const locked = await db.rateLimit.findMany({
    where: { key: { in: keys.map((k) => k.key) }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const until = locked.map((row) => row.lockedUntil!.getTime());
  return until.length ? new Date(Math.max(...until)) : null;
}

/**
 * Counts one failure on each key; a key reaching MAX_FAILURES is locked for LOCK_MS and the lock audited.
 * Each step is one atomic statement, so concurrent failures on several instances neither lose counts nor
 * lock twice. Returns the locks this failure imposed.
 */
export async function recordFailure(
  keys: LockKey[],
  context: { username: string; orgId?: string | null; ip: string | null },
  now = new Date(),
): Promise<{ scope: LockScope; key: string; until: Date }[]> {
  const locked: { scope: LockScope; key: string; until: Date }[] = [];
  const notLocked = [{ lockedUntil: null }, { lockedUntil: { lte: now } }];
  for (const { scope, key } of keys) {
    // A plain INSERT whose duplicate key just means the row exists: an upsert reads and then writes in one
    // transaction, which SQLite refuses (SQLITE_BUSY) when another instance writes in between.
    await db.rateLimit.create({ data: { key, count: 0, windowStart: now } }).catch((error: unknown) => {
      if (prismaErrorCode(error) !== "P2002") throw error;
    });
    // A window that is over starts again (unless a lock is still running).
    await db.rateLimit.updateMany({
      where: { key, windowStart: { lte: new Date(now.getTime() - WINDOW_MS) }, OR: notLocked },
      data: { count: 0, windowStart: now, lockedUntil: null },
    });
    const { count } = await db.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
    if (count < MAX_FAILURES) continue;
    const until = new Date(now.getTime() + LOCK_MS);
    const { count: changed } = await db.rateLimit.updateMany({ where: { key, OR: notLocked }, data: { lockedUntil: until } });
    if (changed !== 1) continue;
    locked.push({ scope, key, until });
    await audit(null, {
      action: "auth.lockout",
      entity: "RateLimit",
      entityId: key,
      orgId: scope === "account" ? context.orgId : null,
      after: { scope, username: scope === "account" ? context.username : undefined, lockedUntil: until },
      ip: context.ip,
    });
  }
  return locked;
}

/** A successful sign-in clears the account's counter. The address counter runs out on its own, so a valid
 *  account cannot be used to reset the counter of an address that is guessing other accounts. */
export async function clearAccountFailures(username: string) {
  await db.rateLimit.deleteMany({ where: { key: accountKey(username) } });
}
