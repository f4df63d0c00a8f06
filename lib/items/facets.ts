import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { itemSearchSql, queryPairIndex } from "@/lib/items/search-sql";
import { catalogueFacets, INDEXED_SEARCH_COUNT_LIMIT, orgIs, VISIBLE } from "@/lib/items/queries";

// The catalogue's navigation counts (主题分类, 公开年份) as they follow a search: with ?q= each count is of the
// items matching it. Without a search the counts are the cached whole-catalogue ones (lib/items/queries.ts).

/** Counting the matches stops here: a broad query (a common word on a province's platform) costs the same as a narrow one. */
export const FACET_COUNT_LIMIT = 10_000;

/** count is null when the search matched more than its limit (FACET_COUNT_LIMIT, or INDEXED_SEARCH_COUNT_LIMIT on PostgreSQL's pair index): the values are shown without counts. */
export type CatalogueFacets = {
  categories: { code: string; name: string; count: number | null; retired: boolean }[];
  years: { year: number; count: number | null }[];
  /** False when the search matched too many items to count by facet. */
  counted: boolean;
};

/** The facets of the catalogue (of one body's section when org is given), counted over the items matching q when given. */
export async function catalogueFacetsFor(filter: { org?: string; q?: string }): Promise<CatalogueFacets> {
  const searched = filter.q ? await countSearchFacets(filter.org, filter.q) : null;
  if (searched) return searched;
  const all = await catalogueFacets(filter.org);
  if (!filter.q) return { ...all, counted: true };
  // Too many matches: the whole catalogue's values, not counted.
  return {
    categories: all.categories.map((c) => ({ ...c, count: null })),
    years: all.years.map((y) => ({ ...y, count: null })),
    counted: false,
  };
}

type FacetRow = {
  facet: "category" | "year";
  key: string;
  name: string | null;
  retired: boolean | number | null;
  sortOrder: number | null;
  count: number | bigint;
};

/**
 * Per-category and per-year counts of the published proactive items (of the body org) that match q, in one
 * statement: the search's matches (the same SQL as the catalogue's list, lib/items/search-sql.ts), at most
 * limit + 1 of them, grouped twice. null when more than `limit` match — counting them all would cost as much as
 * reading them. Categories with no match are listed unless retired (as without a search); years only with matches.
 */
export async function countSearchFacets(org: string | undefined, q: string, countLimit?: number): Promise<CatalogueFacets | null> {
  const search = itemSearchSql(q);
  if (!search) return null;
  // PostgreSQL's pair index: the catalogue's own lower limit for such searches (each match is a heap page visited).
  const limit = countLimit ?? (search.cappedMatches ? INDEXED_SEARCH_COUNT_LIMIT : FACET_COUNT_LIMIT);
  const where = Prisma.join([VISIBLE, ...(org ? [orgIs(org)] : [])], " AND ");
  const columns = Prisma.sql`i."categoryId", substr(i."publishedOn", 1, 4) AS "year"`;
  // CROSS JOIN fixes the order on SQLite: the full-text matches first, then Item by its primary key.
  const from = search.matches ? Prisma.sql`(${search.matches}) sm CROSS JOIN "Item" i ON i."id" = sm."itemId"` : Prisma.sql`"Item" i`;
  const matched = search.cappedMatches
    ? search.cappedMatches(columns, where, limit + 1)
    : Prisma.sql`SELECT ${columns} FROM ${from} WHERE ${where} AND ${search.rest} LIMIT ${limit + 1}`;
  // MATERIALIZED: the matches are found once, then grouped by both facets (both databases would otherwise be free
  // to run the search once per reference).
  const statement = Prisma.sql`
    WITH "matched" AS MATERIALIZED (${matched})
    SELECT 'category' AS "facet", c."code" AS "key", c."name", c."retired", c."sortOrder", coalesce(n."count", 0) AS "count"
    FROM "Category" c LEFT JOIN (SELECT m."categoryId", count(*) AS "count" FROM "matched" m GROUP BY m."categoryId") n ON n."categoryId" = c."id"
    UNION ALL
    SELECT 'year', m."year", NULL, NULL, NULL, count(*) FROM "matched" m GROUP BY m."year"`;
  const rows = search.cappedMatches ? await queryPairIndex<FacetRow[]>(statement) : await db.$queryRaw<FacetRow[]>(statement);
  const categoryRows = rows.filter((r) => r.facet === "category");
  if (categoryRows.reduce((sum, r) => sum + Number(r.count), 0) > limit) return null;
  return {
    categories: categoryRows
      .sort((a, b) => Number(a.sortOrder) - Number(b.sortOrder))
      .map((r) => ({ code: r.key, name: r.name ?? "", count: Number(r.count), retired: Boolean(r.retired) }))
      .filter((c) => c.count > 0 || !c.retired),
    years: rows
      .filter((r) => r.facet === "year")
      .map((r) => ({ year: Number(r.key), count: Number(r.count) }))
      .sort((a, b) => b.year - a.year),
    counted: true,
  };
}
