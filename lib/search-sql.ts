import { Prisma } from "@/lib/generated/prisma/client";

// Full-text search over items on PostgreSQL, the counterpart of SQLite's FTS5 trigram index
// (prisma/migrations/sqlite/0002_item_search). The catalogue's one search function (lib/items/search.ts) picks
// by `dbProvider` from lib/db.ts: this condition on PostgreSQL, the FTS5 MATCH (plus LIKE for short words) on SQLite.
// Both give the same answer: every word occurs, as a substring and ignoring letter case, in the title, 文号, 索引号
// or body; on PostgreSQL the pg_trgm index (prisma/migrations/postgresql/0002_item_search) answers words of three
// or more characters, shorter ones are checked by a scan.

/** Exactly the expression of the index "Item_search_trgm_idx": any other spelling and the planner ignores it. */
const ITEM_SEARCH_TEXT = Prisma.raw(`("title" || ' ' || coalesce("docNo", '') || ' ' || "indexNo" || ' ' || "body")`);

/** A LIKE pattern matching the term anywhere, with LIKE's own wildcards in it taken literally (ESCAPE '\'). */
function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A WHERE condition on "Item" for PostgreSQL: every term occurs (AND), case-insensitively, in title, 文号, 索引号
 * or body. The terms reach SQL only as bound parameters. No terms: no restriction.
 */
export function pgItemSearchCondition(terms: string[]): Prisma.Sql {
  if (terms.length === 0) return Prisma.sql`TRUE`;
  return Prisma.join(
    terms.map((term) => Prisma.sql`${ITEM_SEARCH_TEXT} ILIKE ${containsPattern(term)} ESCAPE '\\'`),
    " AND ",
  );
}
