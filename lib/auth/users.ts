import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { verifyPassword } from "./password";
import type { Role, SessionUser } from "./roles";

/** Checks a username and password; every attempt, good or bad, is audited. */
export async function authenticate(username: string, password: string, ip: string | null) {
  const user = await db.user.findUnique({ where: { username } });
  const ok = user !== null && user.active && (await verifyPassword(password, user.passwordHash));
  await audit(ok ? { id: user.id, username } : null, {
    action: ok ? "auth.sign_in" : "auth.sign_in_failed",
    entity: "User",
    entityId: user?.id,
    orgId: user?.orgId,
    after: ok ? undefined : { username },
    ip,
  });
  return ok ? user : null;
}

/** The user behind a session token, or null when the account is gone, disabled, or signed out everywhere. */
export async function loadSessionUser(uid: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: uid },
    select: { id: true, username: true, name: true, role: true, orgId: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, username: user.username, name: user.name, role: user.role as Role, orgId: user.orgId };
}
