import { dbProvider } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { INSERT_PAIRS_SQL, MARK_INDEXED_SQL, PAIRS_BATCH, PENDING_PAIRS_SQL, pairRowsJson, type PendingItemText } from "./search-pairs";

/**
 * Indexes the pairs of the items written in this transaction (SQLite; PostgreSQL has no pair index). Every
 * writer of an item's text calls it before committing; lib/items/search-pairs.ts explains why.
 */
export async function indexPendingPairs(tx: Prisma.TransactionClient): Promise<void> {
  if (dbProvider === "postgresql") return;
  for (;;) {
    const batch = await tx.$queryRawUnsafe<PendingItemText[]>(PENDING_PAIRS_SQL, PAIRS_BATCH);
    if (batch.length === 0) return;
    const rows = pairRowsJson(batch);
    await tx.$executeRawUnsafe(INSERT_PAIRS_SQL, rows);
    await tx.$executeRawUnsafe(MARK_INDEXED_SQL, rows);
  }
}
