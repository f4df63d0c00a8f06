import "server-only";
import { db, dbProvider } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hasNoLetterCase, likePattern, planSearch } from "@/lib/items/search";

// Full-text search over items, the one place whose SQL differs between the two databases. On SQLite the FTS5
// trigram index (prisma/migrations/sqlite/0002_item_search) answers words of three or more characters, the pair
// index (0009_item_search_keys, lib/items/search-pairs.ts) two-character words, and LIKE on the columns checks
// single characters. On PostgreSQL a GIN index of each item's overlapping character pairs (prisma/migrations/
// postgresql/0020_item_search_bigrams) finds the items holding every pair of each word of two or more characters,
// and ILIKE checks those rows (single characters: ILIKE alone, a scan). Both give the same answer: every word
// occurs, as a substring and ignoring letter case, in the title, 文号, 索引号 or body.

/** The search as SQL pieces on the alias i, for lib/items/queries.ts to choose where the statement starts. */
export type ItemSearchSql = {
  /**
   * A subquery whose column "itemId" lists the items containing every indexed word (SQLite), or null when no word
   * is indexed (PostgreSQL, or only single characters). An item absent from it does not match.
   */
  matches: Prisma.Sql | null;
  /** What `matches` leaves to check on each of its rows (the words no index answers). */
  rest: Prisma.Sql;
  /**
   * The whole search checked on the row itself, no index: for reading the catalogue in date order when most rows
   * match, which stops after a page of hits instead of collecting every match first.
   */
  scan: Prisma.Sql;
  /**
   * PostgreSQL's pair index, for a capped count: the statement selecting `select` of at most `limit` items that match
   * `where` and the search, read from the index bucket after bucket, smallest first (prisma/migrations/postgresql/
   * 0023_item_search_buckets), so a common word is counted from the first buckets instead of collecting its every
   * match. null where the search is not answered from the pair index (SQLite, or single characters only): the
   * catalogue then counts with `rest`. When it is, the catalogue counts with it first and, when the matches are
   * many, reads the page in date order with `scan` — PostgreSQL would otherwise fetch and sort every match for the
   * page (0.3–0.8 s for 20,000 matches at 1,000,000 items).
   */
  cappedMatches: ((select: Prisma.Sql, where: Prisma.Sql, limit: number) => Prisma.Sql) | null;
};

/** The SQL for what a visitor typed into the catalogue search, on the configured database; null when no words. */
export function itemSearchSql(query: string): ItemSearchSql | null {
  const plan = planSearch(query);
  if (!plan) return null;
  if (dbProvider === "postgresql") {
    return {
      matches: null,
      rest: pgItemSearchCondition(plan.terms),
      scan: pgSubstringCondition(plan.terms),
      cappedMatches: plan.terms.some((term) => [...term].length >= 2) ? pgCappedMatches(plan.terms) : null,
    };
  }
  // Each index gives the keys (ItemSearchKey) of the items it matches; an item has to be in all of them.
  const keys: Prisma.Sql[] = [];
  if (plan.match) keys.push(Prisma.sql`SELECT s."rowid" AS "key" FROM "ItemSearch" s WHERE s."ItemSearch" MATCH ${plan.match}`);
  if (plan.pairMatch)
    keys.push(Prisma.sql`
      SELECT p."rowid" AS "key" FROM "ItemSearchPairs" p WHERE p."ItemSearchPairs" MATCH ${plan.pairMatch}
      UNION ALL
      SELECT k."key" FROM "ItemSearchKey" k CROSS JOIN "Item" pending ON pending."id" = k."itemId"
      WHERE k."pairsIndexed" = 0 AND ${likeAll(plan.pairLikes, "pending")}`);
  const matches = keys.length
    ? Prisma.sql`SELECT k."itemId" FROM (${Prisma.join(keys.map((sql) => Prisma.sql`SELECT "key" FROM (${sql})`), " INTERSECT ")}) m
        CROSS JOIN "ItemSearchKey" k ON k."key" = m."key"`
    : null;
  return { matches, rest: likeAll(plan.likes, "i"), scan: likeAll(plan.terms.map(likePattern), "i"), cappedMatches: null };
}

/** Every pattern occurs in title, 文号, 索引号 or body of the row `alias` (SQLite's LIKE: ASCII letters in either case). */
function likeAll(patterns: string[], alias: string): Prisma.Sql {
  if (patterns.length === 0) return Prisma.sql`1 = 1`;
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  return Prisma.join(
    patterns.map(
      (pattern) =>
        Prisma.sql`(${column("title")} LIKE ${pattern} ESCAPE '\\' OR ${column("docNo")} LIKE ${pattern} ESCAPE '\\' OR ${column("indexNo")} LIKE ${pattern} ESCAPE '\\' OR ${column("body")} LIKE ${pattern} ESCAPE '\\')`,
    ),
    " AND ",
  );
}

/** Exactly the expression of the index "Item_search_bigrams_idx" (on the alias i): any other and the planner ignores it. */
const ITEM_SEARCH_BIGRAMS = Prisma.raw(`item_search_bigrams(i."id", i."title", i."docNo", i."indexNo", i."body")`);

/** The buckets of the pair index, smallest first (item_search_bucket in 0023_item_search_buckets: 1/128 of the items in 0 … 1/2 in 7). */
const PAIR_BUCKETS = [0, 1, 2, 3, 4, 5, 6, 7];

/**
 * The PostgreSQL condition: every term occurs (AND), case-insensitively, in title, 文号, 索引号 or body. A term of
 * two or more characters is first looked up as the AND of its character pairs in the bigram index (the pairs are
 * cut in SQL by item_search_bigram_query, from the term as a bound parameter) — in one bucket of the index when
 * bucket is given, else in any — then checked with (I)LIKE: the pairs of a word may all occur in an item without
 * the word itself (低保 and 保障 without 低保障). The terms reach SQL only as bound parameters. Words never contain
 * a space, so none can match across two columns.
 */
export function pgItemSearchCondition(terms: string[], bucket?: number): Prisma.Sql {
  const paired = terms.filter((term) => [...term].length >= 2);
  const query = (term: string) =>
    bucket === undefined ? Prisma.sql`item_search_bigram_query(${term})` : Prisma.sql`item_search_bigram_query(${term}, ${bucket}::integer)`;
  const pairs = paired.map((term) => Prisma.sql`${ITEM_SEARCH_BIGRAMS} @@ ${query(term)}`);
  return Prisma.join([...pairs, pgSubstringCondition(terms)], " AND ");
}

/** ItemSearchSql.cappedMatches on PostgreSQL: one branch per bucket under one LIMIT, which Append stops pulling once reached. */
function pgCappedMatches(terms: string[]): NonNullable<ItemSearchSql["cappedMatches"]> {
  return (select, where, limit) =>
    Prisma.sql`${Prisma.join(
      PAIR_BUCKETS.map((bucket) => Prisma.sql`(SELECT ${select} FROM "Item" i WHERE ${where} AND ${pgItemSearchCondition(terms, bucket)})`),
      " UNION ALL ",
    )} LIMIT ${limit}`;
}

/**
 * Every term occurs in title, 文号, 索引号 or body, ignoring letter case: the check without the index, for reading
 * in date order. Each column is checked on its own (OR), title first, so a hit in the title leaves the body
 * unread and no row is copied into one joined text; a term without letter case is checked with LIKE, which finds
 * the same rows as ILIKE without lower-casing each text (lib/items/search.ts, hasNoLetterCase).
 */
function pgSubstringCondition(terms: string[]): Prisma.Sql {
  if (terms.length === 0) return Prisma.sql`TRUE`;
  return Prisma.join(
    terms.map((term) => {
      const pattern = likePattern(term);
      const like = Prisma.raw(hasNoLetterCase(term) ? "LIKE" : "ILIKE");
      return Prisma.sql`(i."title" ${like} ${pattern} ESCAPE '\\' OR i."docNo" ${like} ${pattern} ESCAPE '\\' OR i."indexNo" ${like} ${pattern} ESCAPE '\\' OR i."body" ${like} ${pattern} ESCAPE '\\')`;
    }),
    " AND ",
  );
}

/** The settings of queryPairIndex, for its transaction only (set_config(…, true) is SET LOCAL). */
export const PAIR_INDEX_SETTINGS = Prisma.sql`SELECT set_config('work_mem', '64MB', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)`;

/**
 * Runs a statement that reads many matches from PostgreSQL's pair index (the capped counts of a search), with
 * settings for this statement's transaction only: `work_mem` large enough for the bitmap of every match to stay
 * exact — at the default 4 MB a word in 116,000 of 5,000,000 items made most heap pages lossy, every row of them
 * rechecked by recomputing its pairs, and led the planner to AND the bitmap with a 4.2M-row one: 1.7–4 s a count
 * instead of ~0.1 s (64 MB holds the exact bitmap of ~8,000,000 heap pages); no parallel workers and no JIT, whose
 * start cost more than they saved on these statements (docs/PERFORMANCE.md, "PostgreSQL at 5,000,000 items").
 */
export async function queryPairIndex<T>(statement: Prisma.Sql): Promise<T> {
  const [, rows] = await db.$transaction([db.$queryRaw(PAIR_INDEX_SETTINGS), db.$queryRaw<T>(statement)]);
  return rows;
}
