import { db } from "@/lib/db";
import { yearBounds } from "@/lib/dates";
import type { AppealGroup, CategoryCount, ItemGroup, RequestGroup } from "./assemble";

// Each function is one GROUP BY in the database; only a handful of aggregate rows come back to JavaScript.
// Dates are "YYYY-MM-DD" text, so range tests are plain string comparisons on SQLite and PostgreSQL alike.
// Counts come back as bigint on PostgreSQL (SUM/COUNT) and as numbers on SQLite; n() reads both.

const n = (value: unknown) => Number(value ?? 0);

export async function itemGroups(orgId: string, year: number): Promise<ItemGroup[]> {
  const { first, last } = yearBounds(year);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT "genre", "disclosure",
      SUM(CASE WHEN "createdOn" >= ${first} AND "createdOn" <= ${last} THEN 1 ELSE 0 END) AS "created",
      SUM(CASE WHEN "publishedOn" >= ${first} AND "publishedOn" <= ${last} THEN 1 ELSE 0 END) AS "published",
      SUM(CASE WHEN "publishedOn" <= ${last} THEN 1 ELSE 0 END) AS "publishedCumulative",
      SUM(CASE WHEN "abolishedOn" >= ${first} AND "abolishedOn" <= ${last} THEN 1 ELSE 0 END) AS "abolished",
      SUM(CASE WHEN "createdOn" <= ${last} AND ("abolishedOn" IS NULL OR "abolishedOn" > ${last}) THEN 1 ELSE 0 END) AS "inForce"
    FROM "Item"
    WHERE "orgId" = ${orgId}
    GROUP BY "genre", "disclosure"`;
  return rows.map((r) => ({
    genre: String(r.genre),
    disclosure: String(r.disclosure),
    created: n(r.created),
    published: n(r.published),
    publishedCumulative: n(r.publishedCumulative),
    abolished: n(r.abolished),
    inForce: n(r.inForce),
  }));
}

/** Proactive items published in the year per 主题分类, every category listed in category order. */
export async function publishedByCategory(orgId: string, year: number): Promise<CategoryCount[]> {
  const { first, last } = yearBounds(year);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT c."code", c."name", COUNT(i."id") AS "count"
    FROM "Category" c
    JOIN "Item" i ON i."categoryId" = c."id"
    WHERE i."orgId" = ${orgId} AND i."disclosure" = 'proactive'
      AND i."publishedOn" >= ${first} AND i."publishedOn" <= ${last}
    GROUP BY c."id", c."code", c."name", c."sortOrder"
    ORDER BY c."sortOrder", c."code"`;
  return rows.map((r) => ({ code: String(r.code), name: String(r.name), count: n(r.count) }));
}

export async function requestGroups(orgId: string, year: number): Promise<RequestGroup[]> {
  const { first, last } = yearBounds(year);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT "applicantType", "outcome",
      SUM(CASE WHEN "receivedOn" >= ${first} THEN 1 ELSE 0 END) AS "received",
      SUM(CASE WHEN "receivedOn" < ${first} AND ("closedOn" IS NULL OR "closedOn" >= ${first}) THEN 1 ELSE 0 END) AS "carriedIn",
      SUM(CASE WHEN "closedOn" >= ${first} AND "closedOn" <= ${last} THEN 1 ELSE 0 END) AS "closed",
      SUM(CASE WHEN "closedOn" IS NULL OR "closedOn" > ${last} THEN 1 ELSE 0 END) AS "carriedOut"
    FROM "DisclosureRequest"
    WHERE "orgId" = ${orgId} AND "receivedOn" <= ${last}
    GROUP BY "applicantType", "outcome"`;
  return rows.map((r) => ({
    applicantType: String(r.applicantType),
    outcome: r.outcome === null ? null : String(r.outcome),
    received: n(r.received),
    carriedIn: n(r.carriedIn),
    closed: n(r.closed),
    carriedOut: n(r.carriedOut),
  }));
}

export async function appealGroups(orgId: string, year: number): Promise<AppealGroup[]> {
  const { first, last } = yearBounds(year);
  // The result is worked out in a subquery and grouped by name: repeating the CASE in GROUP BY would bind ${last}
  // a second time, and PostgreSQL does not treat two expressions with different parameters as the same.
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT "kind", "result", COUNT(*) AS "count"
    FROM (
      SELECT "kind", CASE WHEN "closedOn" IS NOT NULL AND "closedOn" <= ${last} THEN "result" ELSE 'pending' END AS "result"
      FROM "Appeal"
      WHERE "orgId" = ${orgId} AND "filedOn" >= ${first} AND "filedOn" <= ${last}
    ) AS "filed"
    GROUP BY "kind", "result"`;
  return rows.map((r) => ({ kind: String(r.kind), result: String(r.result), count: n(r.count) }));
}

export async function yearlyStatistics(orgId: string, year: number): Promise<Map<string, string>> {
  const rows = await db.yearlyStatistic.findMany({ where: { orgId, year }, select: { code: true, value: true } });
  return new Map(rows.map((r) => [r.code, r.value]));
}
