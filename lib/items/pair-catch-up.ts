import Database from "better-sqlite3";
import { databaseProvider } from "@/lib/db-url";
import { CLAIM_PENDING_SQL, CLAIMED_TEXTS_SQL, INSERT_PAIRS_SQL, PAIRS_BATCH, pairRowsJson, type PendingItemText } from "./search-pairs";

/**
 * Indexes every pending item on a better-sqlite3 connection, a batch per transaction: after migrating (0009
 * marks every existing item pending), after an import has committed, after the benchmark's bulk load.
 * lib/items/pair-index.ts is the app's writers' one batch through Prisma.
 */
export function indexAllPendingPairs(sqlite: Database.Database): number {
  // Numbers, also on a connection that reads integers as BigInt (Prisma's adapter sets that default).
  const claim = sqlite.prepare(CLAIM_PENDING_SQL).pluck().safeIntegers(false);
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

/** The trigger that gives a new item its search rows (prisma/migrations/sqlite/0009_item_search_keys). */
export const ITEM_SEARCH_INSERT_TRIGGER = "Item_search_insert";

/**
 * What ITEM_SEARCH_INSERT_TRIGGER does, for every item at once: an import that filled an empty item table with
 * the trigger dropped (lib/interchange/bulk.ts) gave each item its search key and pairs with its batch, and calls
 * this for the trigram rows before it commits, in one INSERT … SELECT.
 */
export function fillItemSearch(sqlite: Database.Database) {
  sqlite.exec(`
    INSERT INTO "ItemSearch" ("rowid", "title", "docNo", "indexNo", "body")
    SELECT k."key", i."title", coalesce(i."docNo", ''), i."indexNo", i."body"
    FROM "ItemSearchKey" k JOIN "Item" i ON i."id" = k."itemId";`);
}
