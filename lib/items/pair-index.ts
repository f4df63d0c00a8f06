import { dbProvider } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CLAIM_PENDING_SQL, CLAIMED_TEXTS_SQL, INSERT_PAIRS_SQL, PAIRS_BATCH, pairRowsJson, type PendingItemText } from "./search-pairs";

/**
 * Indexes the pairs of the newest pending items, at most one batch, inside the caller's transaction; returns how
 * many (SQLite; PostgreSQL has no pair index). Every writer of an item's text calls it before committing, so what
 * it wrote is indexed (a form writes one item, the Excel import one per row). Bounded, so that a backlog left by
 * an interrupted bulk import never lands on one clerk's save: `npm run import` and `npm run db:setup` clear it
 * (catchUpPairs in lib/items/pair-catch-up.ts).
 */
export async function indexPendingPairs(tx: Prisma.TransactionClient): Promise<number> {
  if (dbProvider === "postgresql") return 0;
  const claimed = await tx.$queryRawUnsafe<{ key: number | bigint }[]>(CLAIM_PENDING_SQL, PAIRS_BATCH);
  if (claimed.length === 0) return 0;
  const texts = await tx.$queryRawUnsafe<PendingItemText[]>(CLAIMED_TEXTS_SQL, JSON.stringify(claimed.map((row) => Number(row.key))));
  await tx.$executeRawUnsafe(INSERT_PAIRS_SQL, pairRowsJson(texts));
  return claimed.length;
}
