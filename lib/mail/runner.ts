import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { MailSender } from "./transport";

/**
 * How long a claim holds a mail. Far longer than one send may take (transport.ts's timeouts), so a mail is never
 * claimed again while its first sender may still be talking to the server; a runner that died mid-send frees its
 * mail when the lease runs out.
 */
export const CLAIM_LEASE_MS = 10 * 60_000;
/** After the last of these attempts a mail is marked failed and waits for an admin (/admin/mail). */
export const MAX_ATTEMPTS = 6;
const BACKOFF_MINUTES = [1, 5, 30, 120, 720];

/** When to try again after `attempts` failed attempts; null when the mail has failed for good. */
export function nextAttempt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const minutes = BACKOFF_MINUTES[Math.min(attempts, BACKOFF_MINUTES.length) - 1] ?? BACKOFF_MINUTES[0];
  return new Date(now.getTime() + minutes * 60_000);
}

const due = (now: Date) => ({
  status: "queued",
  nextAttemptAt: { lte: now },
  OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
});

/**
 * Claims up to `batch` due mails for this runner. Each claim is one conditional UPDATE (… WHERE id = ? AND the
 * lease is free): the database lets exactly one of several runners (processes, instances) win it, on SQLite
 * (writes are serialised) and PostgreSQL (the row lock makes the loser re-check the WHERE and match nothing).
 */
async function claim(runner: string, now: Date, batch: number) {
  const candidates = await db.outboxMail.findMany({ where: due(now), select: { id: true }, orderBy: { nextAttemptAt: "asc" }, take: batch });
  const lockedUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
  const claimed: string[] = [];
  for (const { id } of candidates) {
    const won = await db.outboxMail.updateMany({ where: { id, ...due(now) }, data: { lockedBy: runner, lockedUntil } });
    if (won.count === 1) claimed.push(id);
  }
  return claimed;
}

export type RunResult = { sent: number; retried: number; failed: number };

/** Sends the due mail of the outbox once each: claim, send, record; a failure is retried later with backoff. */
export async function sendOutbox(send: MailSender, options: { now?: () => Date; batch?: number } = {}): Promise<RunResult> {
  const now = options.now ?? (() => new Date());
  const runner = randomUUID();
  const result: RunResult = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const ids = await claim(runner, now(), options.batch ?? 50);
    if (ids.length === 0) return result;
    for (const id of ids) {
      const mail = await db.outboxMail.findUnique({ where: { id }, select: { to: true, subject: true, text: true, attempts: true } });
      if (!mail) continue;
      const mine = { id, lockedBy: runner };
      try {
        await send({ to: mail.to, subject: mail.subject, text: mail.text });
        await db.outboxMail.updateMany({ where: mine, data: { status: "sent", sentAt: now(), attempts: mail.attempts + 1, lastError: null, lockedBy: null, lockedUntil: null } });
        result.sent++;
      } catch (error) {
        const attempts = mail.attempts + 1;
        const retryAt = nextAttempt(attempts, now());
        const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        await db.outboxMail.updateMany({
          where: mine,
          data: { attempts, lastError, lockedBy: null, lockedUntil: null, ...(retryAt ? { nextAttemptAt: retryAt } : { status: "failed" }) },
        });
        if (retryAt) result.retried++;
        else result.failed++;
      }
    }
  }
}
