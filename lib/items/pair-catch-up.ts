import Database from "better-sqlite3";
import { databaseProvider } from "@/lib/db-url";
import { CLAIM_PENDING_SQL, CLAIMED_TEXTS_SQL, INSERT_PAIRS_SQL, PAIRS_BATCH, pairRowsJson, type PendingItemText } from "./search-pairs";

/**
 * Indexes every pending item on a better-sqlite3 connection, a batch per transaction: after migrating (0009
 * marks every existing item pending), after an import has committed, after the benchmark's bulk load.
 * lib/items/pair-index.ts is the app's writers' one batch through Prisma.
 */
export function indexAllPendingPairs(sqlite: Database.Database): number {
  const claim = sqlite.prepare(CLAIM_PENDING_SQL).pluck();
  const texts = sqlite.prepare(CLAIMED_TEXTS_SQL);
  const insert = sqlite.prepare(INSERT_PAIRS_SQL);
  const batch = sqlite.transaction(() => {
    const keys = claim.all(PAIRS_BATCH);
    if (keys.length > 0) insert.run(pairRowsJson(texts.all(JSON.stringify(keys)) as PendingItemText[]));
    return keys.length;
  });
  let indexed = 0;
  for (let n = batch(); n > 0; n = batch()) indexed += n;
  return indexed;
}

/**
 * indexAllPendingPairs on the database at `url` when it is SQLite (PostgreSQL has no pair index): for an import,
 * after its commit. Inside the import's own transaction a million items' pairs added ~40 s; this way the items
 * are committed first and searches find them meanwhile, by LIKE.
 */
export function catchUpPairs(url: string): number {
  if (databaseProvider(url) !== "sqlite") return 0;
  const sqlite = new Database(url.replace(/^file:/, ""), { timeout: 30_000 });
  try {
    return indexAllPendingPairs(sqlite);
  } finally {
    sqlite.close();
  }
}
