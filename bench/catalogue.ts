import type Database from "better-sqlite3";

// The public catalogue list as the benchmark measures it: published proactive items, newest first, 20 a
// page, keyset-paginated on (publishedOn, id) so a deep page costs what the first one does. This SQL is the
// reference the bare server runs; the application's own query (lib/items, catalogue page) is measured over
// HTTP and should have the same plan (see docs/PERFORMANCE.md).

export const PAGE_SIZE = 20;
export const HOME_SIZE = 10;

export type Cursor = { publishedOn: string; id: string };
/** `category` is the category's code, as in the catalogue page's URL. */
export type CatalogueFilter = { category?: string; year?: number; after?: Cursor };
export type ListedItem = { id: string; title: string; indexNo: string; publishedOn: string; orgName: string };

const VISIBLE = `i."status" = 'published' AND i."disclosure" = 'proactive' AND i."publishedOn" IS NOT NULL`;

/** The list query for a filter, as SQL with its parameters. */
export function catalogueSql(filter: CatalogueFilter, limit: number): { sql: string; params: unknown[] } {
  const where = [VISIBLE];
  const params: unknown[] = [];
  if (filter.category) {
    where.push(`i."categoryId" = (SELECT c."id" FROM "Category" c WHERE c."code" = ?)`);
    params.push(filter.category);
  }
  if (filter.year) {
    where.push(`i."publishedOn" >= ?`);
    params.push(`${filter.year}-01-01`);
    // A cursor is already inside the year; with two upper bounds on publishedOn SQLite would seek by the year's
    // end and filter down to the cursor, reading more rows the deeper the page.
    if (!filter.after) {
      where.push(`i."publishedOn" <= ?`);
      params.push(`${filter.year}-12-31`);
    }
  }
  if (filter.after) {
    where.push(`(i."publishedOn", i."id") < (?, ?)`);
    params.push(filter.after.publishedOn, filter.after.id);
  }
  params.push(limit);
  return {
    sql: `SELECT i."id", i."title", i."indexNo", i."publishedOn", o."name" AS "orgName"
      FROM "Item" i JOIN "Organization" o ON o."id" = i."orgId"
      WHERE ${where.join(" AND ")}
      ORDER BY i."publishedOn" DESC, i."id" DESC
      LIMIT ?`,
    params,
  };
}

export function listCatalogue(sqlite: Database.Database, filter: CatalogueFilter, limit = PAGE_SIZE): ListedItem[] {
  const { sql, params } = catalogueSql(filter, limit);
  return sqlite.prepare(sql).all(...params) as ListedItem[];
}

/** The cursor that opens the page `depth` items into the unfiltered list (found once, with OFFSET). */
export function cursorAtDepth(sqlite: Database.Database, depth: number): Cursor {
  return sqlite
    .prepare(
      `SELECT i."publishedOn", i."id" FROM "Item" i WHERE ${VISIBLE}
       ORDER BY i."publishedOn" DESC, i."id" DESC LIMIT 1 OFFSET ?`,
    )
    .get(depth) as Cursor;
}

export function cursorParam(cursor: Cursor): string {
  return `${cursor.publishedOn}_${cursor.id}`;
}

export function parseCursor(param: string | null): Cursor | undefined {
  const match = param?.match(/^(\d{4}-\d{2}-\d{2})_([a-z0-9]+)$/);
  return match ? { publishedOn: match[1], id: match[2] } : undefined;
}
