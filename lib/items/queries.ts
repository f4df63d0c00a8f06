import "server-only";
import { unstable_cache, updateTag } from "next/cache";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/roles";
import { yearBounds } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { orgScope } from "@/lib/permissions";
import { adminSearchIds } from "@/lib/items/admin-search";
import { itemSearchSql, queryPairIndex } from "@/lib/items/search-sql";
import { renderVersion } from "@/lib/public-cache/version";
import type { Genre, ItemStatus } from "./codes";
import type { Cursor } from "./cursor";
import { canViewItem } from "./policy";

const PUBLIC = { status: "published", disclosure: "proactive", publishedOn: { not: null } } as const;

/** Newest proactive items visible to the public, of one body when its code is given. */
export function listLatestPublished(limit: number, orgCode?: string) {
  return db.item.findMany({
    where: orgCode ? { ...PUBLIC, org: { code: orgCode } } : PUBLIC,
    orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      title: true,
      indexNo: true,
      docNo: true,
      publishedOn: true,
      org: { select: { code: true, name: true } },
      category: { select: { name: true } },
    },
  });
}

export type Page<T> = { rows: T[]; next: Cursor | null };

function pageOf<T>(rows: T[], limit: number, key: (row: T) => Cursor): Page<T> {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { rows: page, next: more ? key(page[page.length - 1]) : null };
}

// ---------------------------------------------------------------- back office

export type AdminItemFilter = { q?: string; status?: ItemStatus; categoryId?: string; year?: number; genre?: Genre; after?: Cursor | null };
export const ADMIN_PAGE_SIZE = 50;

/** The items of the user's organisation (every organisation for a platform admin), newest 成文日期 first. */
export async function listAdminItems(user: SessionUser, filter: AdminItemFilter) {
  const scope = orgScope(user);
  const year = filter.year ? yearBounds(filter.year) : null;
  const after = filter.after;
  const matches = filter.q ? await adminSearchIds(scope, filter.q) : null;
  const rows = await db.item.findMany({
    where: {
      ...(scope === null ? {} : { orgId: scope }),
      ...(matches ? { id: { in: matches } } : {}),
      // Discarded drafts only when asked for (已作废): they are kept for the record, not for work.
      ...(filter.status ? { status: filter.status } : { status: { not: "discarded" } }),
      ...(filter.categoryId ? { categoryId: filter.categoryId } : {}),
      ...(filter.genre ? { genre: filter.genre } : {}),
      ...(year ? { createdOn: { gte: year.first, lte: year.last } } : {}),
      ...(after ? { OR: [{ createdOn: { lt: after.date } }, { createdOn: after.date, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdOn: "desc" }, { id: "desc" }],
    take: ADMIN_PAGE_SIZE + 1,
    select: {
      id: true,
      indexNo: true,
      title: true,
      docNo: true,
      status: true,
      disclosure: true,
      createdOn: true,
      publishedOn: true,
      validity: true,
      category: { select: { name: true } },
    },
  });
  return pageOf(rows, ADMIN_PAGE_SIZE, (r) => ({ date: r.createdOn, id: r.id }));
}

/** Pending items of the supervisor's organisation, oldest first (first in, first reviewed). */
export function listReviewQueue(user: SessionUser) {
  const scope = orgScope(user);
  return db.item.findMany({
    where: { status: "pending_review", ...(scope === null ? {} : { orgId: scope }) },
    orderBy: [{ updatedAt: "asc" }],
    select: { id: true, indexNo: true, title: true, createdOn: true, disclosure: true, updatedAt: true, category: { select: { name: true } } },
  });
}

/** One item with everything the edit page shows, or null when it does not exist or belongs to another body. */
export async function getAdminItem(user: SessionUser, id: string) {
  const item = await db.item.findUnique({
    where: { id },
    include: { category: true, org: { select: { name: true } }, attachments: { orderBy: { createdAt: "asc" } } },
  });
  return item && canViewItem(user, item) ? item : null;
}

/** The item's history, from the audit log (who did what, when, with the comment or reason given). */
export async function itemHistory(itemId: string) {
  const rows = await db.auditLog.findMany({
    where: { entity: "Item", entityId: itemId },
    orderBy: { at: "asc" },
    select: { id: true, at: true, actor: true, action: true, before: true, after: true },
  });
  return rows.map(({ before, after, ...row }) => {
    const detail = after ? (JSON.parse(after) as Record<string, unknown>) : {};
    const removed = before ? (JSON.parse(before) as Record<string, unknown>).fileName : undefined;
    const note = [detail.comment, detail.withdrawnReason, detail.fileName, removed].find((v) => typeof v === "string");
    return { ...row, note: (note as string | undefined) ?? null };
  });
}

// ---------------------------------------------------------------- public catalogue

export type CatalogueFilter = { org?: string; category?: string; year?: number; genre?: Genre; q?: string; after?: Cursor | null };
export const CATALOGUE_PAGE_SIZE = 20;
/** Counting stops here, so a broad query costs the same on a catalogue of any size ("more than 10000"). */
export const CATALOGUE_COUNT_LIMIT = 10_000;
/**
 * The limit for a search answered from PostgreSQL's pair index ("超过 1000 条"): each match counted is a heap page
 * visited and its text checked; 10,001 of them cost 110–540 ms at 1,000,000 items when the pages were not in
 * shared_buffers (docs/PERFORMANCE.md, "Search round"). SQLite's searches keep CATALOGUE_COUNT_LIMIT.
 */
export const INDEXED_SEARCH_COUNT_LIMIT = 1_000;

/** Published proactive items, in SQL on the alias i. */
export const VISIBLE = Prisma.sql`i."status" = 'published' AND i."disclosure" = 'proactive' AND i."publishedOn" IS NOT NULL`;

/** Items of the body with this code (a body's own section of the catalogue). */
export const orgIs = (code: string) => Prisma.sql`i."orgId" = (SELECT og."id" FROM "Organization" og WHERE og."code" = ${code})`;

/**
 * The WHERE clause of the public catalogue without the search: published proactive items, filters. `paged`: a
 * keyset cursor follows and bounds the year from above, so the year's end is left out — with two upper bounds on
 * publishedOn SQLite seeks by the year's end and filters down to the cursor, more rows the deeper the page.
 */
function catalogueWhere(filter: CatalogueFilter, paged = false): Prisma.Sql {
  const where: Prisma.Sql[] = [VISIBLE];
  if (filter.org) where.push(orgIs(filter.org));
  if (filter.category)
    where.push(Prisma.sql`i."categoryId" = (SELECT c."id" FROM "Category" c WHERE c."code" = ${filter.category})`);
  if (filter.year) {
    const { first, last } = yearBounds(filter.year);
    where.push(paged ? Prisma.sql`i."publishedOn" >= ${first}` : Prisma.sql`i."publishedOn" BETWEEN ${first} AND ${last}`);
  }
  if (filter.genre) where.push(Prisma.sql`i."genre" = ${filter.genre}`);
  return Prisma.join(where, " AND ");
}

type CatalogueRow = {
  id: string;
  indexNo: string;
  title: string;
  docNo: string | null;
  issuer: string | null;
  genre: string;
  createdOn: string;
  publishedOn: string | null;
  validity: string;
  body: string;
  summary: string | null;
  categoryCode: string;
  categoryName: string;
  orgCode: string;
  orgName: string;
};

/**
 * One page of the public catalogue, newest 公开日期 first. Keyset pagination on (publishedOn, id): each page
 * starts where the last one ended, so a deep page costs the same as the first (no OFFSET).
 */
export async function listCatalogue(filter: CatalogueFilter, limit = CATALOGUE_PAGE_SIZE) {
  // The cursor as one row-value comparison, which both databases read as a range of the (…, publishedOn, id)
  // index: spelt `publishedOn < d OR (publishedOn = d AND id < x)` SQLite read every row above the cursor (a page
  // 2,000,000 items deep took 210 ms). A cursor past the year's end (a hand-made URL) starts at the year's end.
  const yearEnd = filter.year ? yearBounds(filter.year).last : null;
  const cursor = filter.after && yearEnd && filter.after.date > yearEnd ? { date: yearEnd, id: "~" } : filter.after;
  const after = cursor ? Prisma.sql` AND (i."publishedOn", i."id") < (${cursor.date}, ${cursor.id})` : Prisma.empty;
  const where = catalogueWhere(filter);
  const pageWhere = catalogueWhere(filter, Boolean(cursor));
  const search = filter.q ? itemSearchSql(filter.q) : null;
  // One statement with the joins: through Prisma's findMany (the page's rows by id, then their categories and
  // organisations) the same page took three more round trips and ~4 ms more CPU a request. LEFT JOIN (every
  // item has both) keeps Item the outer loop, read in index order: with an inner join and ANALYZE statistics
  // SQLite started from Category and sorted every visible item (0.5 s on 100,000 items).
  const pageSql = (from: Prisma.Sql, condition: Prisma.Sql) =>
    Prisma.sql`SELECT i."id", i."indexNo", i."title", i."docNo", i."issuer", i."genre", i."createdOn",
        i."publishedOn", i."validity", i."body", i."summary", c."code" AS "categoryCode", c."name" AS "categoryName", o."code" AS "orgCode", o."name" AS "orgName"
      FROM ${from} LEFT JOIN "Category" c ON c."id" = i."categoryId" LEFT JOIN "Organization" o ON o."id" = i."orgId"
      WHERE ${pageWhere} AND ${condition}${after}
      ORDER BY i."publishedOn" DESC, i."id" DESC LIMIT ${limit + 1}`;
  const page = (from: Prisma.Sql, condition: Prisma.Sql) => db.$queryRaw<CatalogueRow[]>(pageSql(from, condition));
  // Counting stops at this limit (+ 1, to know that there are more).
  const countLimit = search?.cappedMatches ? INDEXED_SEARCH_COUNT_LIMIT : CATALOGUE_COUNT_LIMIT;
  type Count = { total: number | bigint }[];
  const count = (from: Prisma.Sql, condition: Prisma.Sql) =>
    db.$queryRaw<Count>`SELECT count(*) AS total FROM (SELECT 1 FROM ${from} WHERE ${where} AND ${condition} LIMIT ${countLimit + 1}) AS matched`;
  const items = Prisma.sql`"Item" i`;

  let found: CatalogueRow[];
  let total: number | bigint;
  if (search?.matches) {
    // Search from the full-text index (SQLite): the count reads the matches, one item lookup each, until it has
    // counted past the limit. Up to the limit the page is read from the matches too (sorting at most that many
    // rows); past it matches are common, and reading the catalogue in date order, checking each row's text,
    // fills the page after a few hundred rows — where collecting every match first would read them all.
    // CROSS JOIN fixes the order: the matches first, then Item by its primary key.
    // The page from the matches sorts their ids alone, then reads the 21 rows (sorting whole rows, bodies
    // included, cost 10–15 ms more on 2,000 matches); the outer WHERE repeats the conditions on those 21 rows.
    const fromMatches = Prisma.sql`(${search.matches}) m CROSS JOIN "Item" i ON i."id" = m."itemId"`;
    const pageIds = Prisma.sql`(SELECT i."id" FROM ${fromMatches} WHERE ${pageWhere} AND ${search.rest}${after}
      ORDER BY i."publishedOn" DESC, i."id" DESC LIMIT ${limit + 1}) p CROSS JOIN "Item" i ON i."id" = p."id"`;
    [{ total }] = await count(fromMatches, search.rest);
    found = Number(total) > CATALOGUE_COUNT_LIMIT ? await page(items, search.scan) : await page(pageIds, search.rest);
  } else if (search?.cappedMatches) {
    // PostgreSQL's pair index: the same choice from the count, with the index answering the count directly.
    [{ total }] = await queryPairIndex<Count>(
      Prisma.sql`SELECT count(*) AS total FROM (${search.cappedMatches(Prisma.sql`1`, where, countLimit + 1)}) AS matched`,
    );
    // Few matches: the page from the index, with the count's settings — PostgreSQL cannot tell few from many here
    // (it estimated 196,000 rows for a word in none of 5,000,000 items) and chose parallel workers and JIT: 0.5 s.
    found =
      Number(total) > countLimit
        ? await page(items, search.scan)
        : await queryPairIndex<CatalogueRow[]>(pageSql(items, search.rest));
  } else {
    const condition = search?.rest ?? Prisma.sql`1 = 1`;
    [found, [{ total }]] = await Promise.all([page(items, condition), count(items, condition)]);
  }
  const rows = found.map(({ categoryCode, categoryName, orgCode, orgName, ...item }) => ({
    ...item,
    category: { code: categoryCode, name: categoryName },
    org: { code: orgCode, name: orgName },
  }));
  const counted = Number(total);
  return {
    ...pageOf(rows, limit, (r) => ({ date: r.publishedOn!, id: r.id })),
    total: Math.min(counted, countLimit),
    more: counted > countLimit,
  };
}

/**
 * Categories and years with their counts of published items. Each count is an index range count (per
 * category on (categoryId, status, disclosure, publishedOn), per year on (status, disclosure, publishedOn)):
 * the GROUP BYs they replace read every published row (the table itself for the categories) and made each
 * catalogue request cost ~190 ms of CPU on 100,000 items.
 */
export async function countCatalogueFacets(org?: string) {
  if (org) return countOrganizationFacets(org);
  const [categories, [newest], [oldest]] = await Promise.all([
    db.$queryRaw<{ code: string; name: string; retired: boolean | number; count: number | bigint }[]>`
      SELECT c."code", c."name", c."retired",
        (SELECT count(*) FROM "Item" i WHERE i."categoryId" = c."id" AND ${VISIBLE}) AS "count"
      FROM "Category" c ORDER BY c."sortOrder"`,
    db.$queryRaw<{ publishedOn: string }[]>`SELECT i."publishedOn" FROM "Item" i WHERE ${VISIBLE} ORDER BY i."publishedOn" DESC LIMIT 1`,
    db.$queryRaw<{ publishedOn: string }[]>`SELECT i."publishedOn" FROM "Item" i WHERE ${VISIBLE} ORDER BY i."publishedOn" ASC LIMIT 1`,
  ]);
  const yearOf = (row: { publishedOn: string }) => Number(row.publishedOn.slice(0, 4));
  const years = newest && oldest ? Array.from({ length: yearOf(newest) - yearOf(oldest) + 1 }, (_, k) => yearOf(newest) - k) : [];
  const yearCounts = years.length
    ? await db.$queryRaw<{ year: number | bigint; count: number | bigint }[]>(
        Prisma.join(
          years.map((year) => {
            const { first, last } = yearBounds(year);
            return Prisma.sql`SELECT ${year} AS "year", count(*) AS "count" FROM "Item" i WHERE ${VISIBLE} AND i."publishedOn" BETWEEN ${first} AND ${last}`;
          }),
          " UNION ALL ",
        ),
      )
    : [];
  return {
    categories: categories
      .map((c) => ({ code: c.code, name: c.name, count: Number(c.count), retired: Boolean(c.retired) }))
      .filter((c) => c.count > 0 || !c.retired),
    years: yearCounts
      .map((y) => ({ year: Number(y.year), count: Number(y.count) }))
      .filter((y) => y.count > 0)
      .sort((a, b) => b.year - a.year),
  };
}

/**
 * The same counts for one body's section: GROUP BYs over the body's published items, read from the index that
 * starts with orgId (a body holds a few thousand items at most; per-category range counts would each read the
 * whole platform's items of that category).
 */
async function countOrganizationFacets(org: string) {
  const [categories, years] = await Promise.all([
    db.$queryRaw<{ code: string; name: string; retired: boolean | number; count: number | bigint }[]>`
      SELECT c."code", c."name", c."retired", coalesce(n."count", 0) AS "count"
      FROM "Category" c LEFT JOIN (SELECT i."categoryId", count(*) AS "count" FROM "Item" i WHERE ${orgIs(org)} AND ${VISIBLE}
        GROUP BY i."categoryId") n ON n."categoryId" = c."id"
      ORDER BY c."sortOrder"`,
    db.$queryRaw<{ year: string; count: number | bigint }[]>`
      SELECT substr(i."publishedOn", 1, 4) AS "year", count(*) AS "count" FROM "Item" i WHERE ${orgIs(org)} AND ${VISIBLE}
      GROUP BY substr(i."publishedOn", 1, 4) ORDER BY 1 DESC`,
  ]);
  return {
    categories: categories
      .map((c) => ({ code: c.code, name: c.name, count: Number(c.count), retired: Boolean(c.retired) }))
      .filter((c) => c.count > 0 || !c.retired),
    years: years.map((y) => ({ year: Number(y.year), count: Number(y.count) })),
  };
}

/** Cache tag of everything derived from the set of published items (the catalogue's counts). */
export const CATALOGUE_TAG = "catalogue";
/**
 * How long an instance keeps the counts of one public-content version (lib/public-cache/version.ts). Every publish,
 * withdrawal or category change moves the version, so every instance counts afresh at its next render; the instance
 * that handled the change also drops its copy at once (`catalogueChanged`).
 */
export const CATALOGUE_FACETS_TTL_SECONDS = 60;

/** For server actions that change what the catalogue counts: passes their result through, dropping this instance's cached counts. */
export function catalogueChanged<T>(result: T): T {
  updateTag(CATALOGUE_TAG);
  return result;
}

const storedCatalogueFacets = unstable_cache(
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the version is part of the cache key
  (org: string | undefined, _version: number) => countCatalogueFacets(org),
  ["catalogue-facets"],
  { revalidate: CATALOGUE_FACETS_TTL_SECONDS, tags: [CATALOGUE_TAG] },
);

/** Categories and years that have published items, with their counts, for the catalogue's navigation (of one body's section when org is given). */
export async function catalogueFacets(org?: string) {
  return storedCatalogueFacets(org, await renderVersion());
}

/** An item as the public may see it: published or withdrawn (shown as a notice), proactive only. */
export const getPublicItem = cache((id: string) =>
  db.item.findFirst({
    where: { id, disclosure: "proactive", status: { in: ["published", "withdrawn"] }, publishedOn: { not: null } },
    include: {
      category: { select: { code: true, name: true } },
      org: { select: { code: true, name: true } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true, contentType: true } },
    },
  }),
);
