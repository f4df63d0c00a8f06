import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { DomainError, prismaErrorCode } from "@/lib/errors";
import { orgScope } from "@/lib/permissions";

type Client = Prisma.TransactionClient;

export type QueuedMail = {
  /** Unique: the same digest or notice is queued once however often it is asked for (e.g. `digest:<org>:<day>`). */
  dedupeKey: string;
  to: string;
  subject: string;
  text: string;
  orgId?: string | null;
  requestId?: string | null;
};

/**
 * Puts a mail in the outbox, in the caller's transaction when given one (so a notice exists exactly when the event
 * it tells about does). Returns false when a mail with this dedupe key was queued before. Two callers racing on one
 * key outside a transaction meet the unique index; inside one, keys name the row being written (an event's id), so
 * no other transaction can hold them.
 */
export async function queueMail(mail: QueuedMail, client: Client = db): Promise<boolean> {
  if (await client.outboxMail.findUnique({ where: { dedupeKey: mail.dedupeKey }, select: { id: true } })) return false;
  try {
    await client.outboxMail.create({
      data: { dedupeKey: mail.dedupeKey, to: mail.to, subject: mail.subject, text: mail.text, orgId: mail.orgId ?? null, requestId: mail.requestId ?? null },
    });
    return true;
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") return false;
    throw error;
  }
}

export const OUTBOX_STATUSES = { queued: "待发送", sent: "已发送", failed: "发送失败" } as const;
export type OutboxStatus = keyof typeof OUTBOX_STATUSES;

/** The outbox as /admin/mail shows it: mail not yet sent (queued, failed) first, then the latest sent. */
export async function outboxForAdmin(user: SessionUser, take = 100) {
  const scope = orgScope(user);
  const where = scope === null ? {} : { orgId: scope };
  const select = { id: true, to: true, subject: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, sentAt: true, createdAt: true } as const;
  const [pending, sent] = await Promise.all([
    db.outboxMail.findMany({ where: { ...where, status: { not: "sent" } }, select, orderBy: { createdAt: "asc" }, take }),
    db.outboxMail.findMany({ where: { ...where, status: "sent" }, select, orderBy: { sentAt: "desc" }, take: 20 }),
  ]);
  return { pending, sent };
}

/** An admin sends a failed (or waiting) mail again at the next run: its attempts start over. */
export async function retryMail(user: SessionUser, id: string) {
  const scope = orgScope(user);
  const mail = await db.outboxMail.findUnique({ where: { id }, select: { id: true, orgId: true, status: true, to: true, subject: true } });
  if (!mail || (scope !== null && mail.orgId !== scope)) throw new DomainError("邮件不存在或无权访问。");
  if (mail.status === "sent") throw new DomainError("该邮件已发送，不能重发。");
  await db.$transaction(async (tx) => {
    const updated = await tx.outboxMail.updateMany({
      where: { id, status: { not: "sent" } },
      data: { status: "queued", attempts: 0, nextAttemptAt: new Date(), lockedBy: null, lockedUntil: null },
    });
    if (updated.count !== 1) throw new DomainError("该邮件已发送，不能重发。");
    await audit(user, { action: "mail.retry", entity: "OutboxMail", entityId: id, orgId: mail.orgId, before: { status: mail.status }, after: { to: mail.to, subject: mail.subject } }, tx);
  });
  return { id };
}
