import "server-only";
import { dbProvider } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { likePattern, planSearch } from "@/lib/items/search";

// Full-text search over items, the one place whose SQL differs between the two databases. On SQLite the FTS5
// trigram index (prisma/migrations/sqlite/0002_item_search) answers words of three or more characters and LIKE on
// the columns checks shorter ones; on PostgreSQL a pg_trgm index over the four columns
// (prisma/migrations/postgresql/0002_item_search) answers ILIKE for every word (words under three characters by a
// scan). Both give the same answer: every word occurs, as a substring and ignoring letter case, in the title, 文号,
// 索引号 or body.

/**
 * A WHERE condition on "Item" aliased `i` (the catalogue joins its category and organisation) for what a visitor
 * typed into the catalogue search, on the configured database. No words: no restriction.
 */
export function itemSearchCondition(query: string): Prisma.Sql {
  const plan = planSearch(query);
  if (!plan) return Prisma.sql`1 = 1`;
  if (dbProvider === "postgresql") return pgItemSearchCondition(plan.terms);
  const conditions = plan.likes.map(
    (pattern) =>
      Prisma.sql`(i."title" LIKE ${pattern} ESCAPE '\\' OR i."docNo" LIKE ${pattern} ESCAPE '\\' OR i."indexNo" LIKE ${pattern} ESCAPE '\\' OR i."body" LIKE ${pattern} ESCAPE '\\')`,
  );
  if (plan.match) conditions.unshift(Prisma.sql`i."id" IN (SELECT s."itemId" FROM "ItemSearch" s WHERE s."ItemSearch" MATCH ${plan.match})`);
  return Prisma.join(conditions, " AND ");
}

/** Exactly the expression of the index "Item_search_trgm_idx" (on the alias i): any other spelling and the planner ignores it. */
const ITEM_SEARCH_TEXT = Prisma.raw(`(i."title" || ' ' || coalesce(i."docNo", '') || ' ' || i."indexNo" || ' ' || i."body")`);

/**
 * The PostgreSQL condition: every term occurs (AND), case-insensitively, in title, 文号, 索引号 or body. The terms
 * reach SQL only as bound parameters. Words never contain a space, so none can match across two columns.
 */
export function pgItemSearchCondition(terms: string[]): Prisma.Sql {
  if (terms.length === 0) return Prisma.sql`TRUE`;
  return Prisma.join(
    terms.map((term) => Prisma.sql`${ITEM_SEARCH_TEXT} ILIKE ${likePattern(term)} ESCAPE '\\'`),
    " AND ",
  );
}
