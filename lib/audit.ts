import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { requestIp } from "@/lib/auth/client-ip";

export type AuditEntry = {
  action: string;
  entity?: string;
  entityId?: string;
  orgId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

/**
 * Appends one audit record. There is deliberately no function that updates or deletes audit records.
 * Without an explicit `ip` the current request's client address is recorded (null in scripts).
 */
export async function audit(
  actor: Pick<SessionUser, "id" | "username"> | null,
  entry: AuditEntry,
  tx: Prisma.TransactionClient = db,
) {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actor: actor?.username ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId: entry.entityId ?? null,
      orgId: entry.orgId ?? null,
      ip: entry.ip !== undefined ? entry.ip : await requestIp(),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}

export function listAuditLog(filter: { orgId?: string | null; action?: string }, take = 200) {
  return db.auditLog.findMany({
    where: { ...(filter.orgId ? { orgId: filter.orgId } : {}), ...(filter.action ? { action: { startsWith: filter.action } } : {}) },
    orderBy: { at: "desc" },
    take,
  });
}
