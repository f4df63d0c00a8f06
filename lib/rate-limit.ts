import "server-only";
import { db } from "@/lib/db";

export type RateRule = { limit: number; windowMs: number };

/**
 * Counts one attempt against `key` in the shared RateLimit table (so every app instance agrees) and says whether
 * it is allowed: at most `limit` attempts per fixed window of `windowMs`, the window starting at the first attempt.
 */
export async function consumeAttempt(key: string, rule: RateRule, now: Date = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key } });
    if (!row || now.getTime() - row.windowStart.getTime() >= rule.windowMs) {
      await tx.rateLimit.upsert({
        where: { key },
        create: { key, count: 1, windowStart: now },
        update: { count: 1, windowStart: now, lockedUntil: null },
      });
      return true;
    }
    if (row.count >= rule.limit) return false;
    await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
    return true;
  });
}
