import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { activeLock, clearAccountFailures, lockKeys, recordFailure } from "./lockout";
import { hashPassword, verifyPassword } from "./password";
import type { Role, SessionUser } from "./roles";

export type SignInResult =
  | { ok: true; user: { id: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "locked" };

// An unknown username is checked against this hash too, so the response time does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

/**
 * Checks a username and password under the lockout rules. Every attempt is audited: sign-in, failure,
 * the failure that imposes a lock, and attempts refused while locked.
 */
export async function authenticate(username: string, password: string, ip: string | null, now = new Date()): Promise<SignInResult> {
  const keys = lockKeys(username, ip);
  const lockedUntil = await activeLock(keys, now);
  if (lockedUntil) {
    await audit(null, { action: "auth.sign_in_blocked", entity: "User", after: { username, lockedUntil }, ip });
    return { ok: false, reason: "locked" };
  }
  const user = await db.user.findUnique({ where: { username } });
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await (dummyHash ??= hashPassword("no such user"))));
  if (user && user.active && passwordOk) {
    await clearAccountFailures(username);
    await audit({ id: user.id, username }, { action: "auth.sign_in", entity: "User", entityId: user.id, orgId: user.orgId, ip });
    return { ok: true, user: { id: user.id, name: user.name, sessionVersion: user.sessionVersion } };
  }
  await audit(null, {
    action: "auth.sign_in_failed",
    entity: "User",
    entityId: user?.id,
    orgId: user?.orgId,
    after: { username, reason: !user ? "unknown_user" : !user.active ? "disabled" : "wrong_password" },
    ip,
  });
  await recordFailure(keys, { username, orgId: user?.orgId, ip }, now);
  return { ok: false, reason: "invalid" };
}

/** The signed-in user as pages, actions and route handlers see it; `mustChangePassword` gates everything else. */
export type SignedInUser = SessionUser & { mustChangePassword: boolean };

/** The user behind a session token, or null when the account is gone, disabled, or signed out everywhere. */
export async function loadSessionUser(uid: string, sessionVersion: number): Promise<SignedInUser | null> {
  const user = await db.user.findUnique({
    where: { id: uid },
    select: { id: true, username: true, name: true, role: true, orgId: true, active: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role as Role,
    orgId: user.orgId,
    mustChangePassword: user.mustChangePassword,
  };
}
