import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/roles";
import { yearBounds } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { orgScope } from "@/lib/permissions";
import { itemSearchCondition } from "@/lib/search-sql";
import type { Genre, ItemStatus } from "./codes";
import type { Cursor } from "./cursor";
import { canViewItem } from "./policy";

const PUBLIC = { status: "published", disclosure: "proactive", publishedOn: { not: null } } as const;

/** Newest proactive items visible to the public. */
export function listLatestPublished(limit: number) {
  return db.item.findMany({
    where: PUBLIC,
    orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      title: true,
      indexNo: true,
      docNo: true,
      publishedOn: true,
      org: { select: { name: true } },
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

export type AdminItemFilter = { status?: ItemStatus; categoryId?: string; year?: number; genre?: Genre; after?: Cursor | null };
export const ADMIN_PAGE_SIZE = 50;

/** The items of the user's organisation (every organisation for a platform admin), newest 成文日期 first. */
export async function listAdminItems(user: SessionUser, filter: AdminItemFilter) {
  const scope = orgScope(user);
  const year = filter.year ? yearBounds(filter.year) : null;
  const after = filter.after;
  const rows = await db.item.findMany({
    where: {
      ...(scope === null ? {} : { orgId: scope }),
      ...(filter.status ? { status: filter.status } : {}),
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

export type CatalogueFilter = { category?: string; year?: number; genre?: Genre; q?: string; after?: Cursor | null };
export const CATALOGUE_PAGE_SIZE = 20;
/** Counting stops here, so a broad query costs the same on a catalogue of any size ("more than 10000"). */
export const CATALOGUE_COUNT_LIMIT = 10_000;

/** The WHERE clause of the public catalogue: published proactive items, filters, search terms. */
function catalogueWhere(filter: CatalogueFilter): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`i."status" = 'published' AND i."disclosure" = 'proactive' AND i."publishedOn" IS NOT NULL`];
  if (filter.category)
    where.push(Prisma.sql`i."categoryId" = (SELECT c."id" FROM "Category" c WHERE c."code" = ${filter.category})`);
  if (filter.year) {
    const { first, last } = yearBounds(filter.year);
    where.push(Prisma.sql`i."publishedOn" BETWEEN ${first} AND ${last}`);
  }
  if (filter.genre) where.push(Prisma.sql`i."genre" = ${filter.genre}`);
  if (filter.q) where.push(itemSearchCondition(filter.q));
  return Prisma.join(where, " AND ");
}

/**
 * One page of the public catalogue, newest 公开日期 first. Keyset pagination on (publishedOn, id): each page
 * starts where the last one ended, so a deep page costs the same as the first (no OFFSET).
 */
export async function listCatalogue(filter: CatalogueFilter, limit = CATALOGUE_PAGE_SIZE) {
  const after = filter.after
    ? Prisma.sql` AND (i."publishedOn" < ${filter.after.date} OR (i."publishedOn" = ${filter.after.date} AND i."id" < ${filter.after.id}))`
    : Prisma.empty;
  const where = catalogueWhere(filter);
  const [keys, [{ total }]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT i."id" FROM "Item" i WHERE ${where}${after}
      ORDER BY i."publishedOn" DESC, i."id" DESC LIMIT ${limit + 1}`,
    db.$queryRaw<{ total: number | bigint }[]>`SELECT count(*) AS total FROM (SELECT 1 FROM "Item" i WHERE ${where} LIMIT ${CATALOGUE_COUNT_LIMIT + 1}) AS matched`,
  ]);
  const ids = keys.map((k) => k.id);
  const found = await db.item.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      indexNo: true,
      title: true,
      docNo: true,
      issuer: true,
      genre: true,
      createdOn: true,
      publishedOn: true,
      validity: true,
      body: true,
      summary: true,
      category: { select: { code: true, name: true } },
      org: { select: { name: true } },
    },
  });
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.map((id) => byId.get(id)!).filter(Boolean);
  const counted = Number(total);
  return {
    ...pageOf(rows, limit, (r) => ({ date: r.publishedOn!, id: r.id })),
    total: Math.min(counted, CATALOGUE_COUNT_LIMIT),
    more: counted > CATALOGUE_COUNT_LIMIT,
  };
}

/** Categories and years that have published items, with their counts, for the catalogue's navigation. */
export async function catalogueFacets() {
  const [categories, counts, years] = await Promise.all([
    db.category.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, code: true, name: true, retired: true } }),
    db.item.groupBy({ by: ["categoryId"], where: PUBLIC, _count: { _all: true } }),
    db.$queryRaw<{ year: string; count: number | bigint }[]>`SELECT substr("publishedOn", 1, 4) AS year, count(*) AS count
      FROM "Item" WHERE "status" = 'published' AND "disclosure" = 'proactive' AND "publishedOn" IS NOT NULL
      GROUP BY year ORDER BY year DESC`,
  ]);
  const countOf = new Map(counts.map((c) => [c.categoryId, c._count._all]));
  return {
    categories: categories
      .map((c) => ({ code: c.code, name: c.name, count: countOf.get(c.id) ?? 0, retired: c.retired }))
      .filter((c) => c.count > 0 || !c.retired),
    years: years.map((y) => ({ year: Number(y.year), count: Number(y.count) })),
  };
}

/** An item as the public may see it: published or withdrawn (shown as a notice), proactive only. */
export const getPublicItem = cache((id: string) =>
  db.item.findFirst({
    where: { id, disclosure: "proactive", status: { in: ["published", "withdrawn"] }, publishedOn: { not: null } },
    include: {
      category: { select: { code: true, name: true } },
      org: { select: { name: true } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true, contentType: true } },
    },
  }),
);
