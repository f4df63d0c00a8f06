import { Prisma } from "@/lib/generated/prisma/client";
import { db, dbProvider } from "@/lib/db";
import { yearBounds } from "@/lib/dates";
import { WENT_PUBLIC_STATUSES } from "@/lib/items/codes";
import type { ReportInputs } from "./assemble";

// All the aggregates of an organisation's report — for this year and last year, which the cross-year checks
// need — come from ONE statement: a GROUP BY per table and year, joined with UNION ALL, each reading only a
// covering index (docs/PERFORMANCE.md). A single round trip matters: every query through the client costs a
// fixed share of CPU, so ten separate queries were 2.5× slower; even the lookup of the organisation by its code
// and of last year's published report rides in the same statement (reportSql).
// Dates are "YYYY-MM-DD" text, so range tests are plain string comparisons on SQLite and PostgreSQL alike.

export type YearInputs = Omit<ReportInputs, "format">;

export type ReportInputsRow = { part: string; year: unknown; k1: string; k2: string | null; sort: unknown } & Record<"n1" | "n2" | "n3" | "n4" | "n5", unknown>;

/** A ReportInputsRow as the JSON array reportData receives it, its values in the columns' order. */
type ReportInputsTuple = [string, unknown, string, string | null, unknown, unknown, unknown, unknown, unknown, unknown];

/** SUM over no matching row is NULL; counts may come back as bigint (PostgreSQL) or number (SQLite). */
const n = (value: unknown) => Number(value ?? 0);

/** orgId: the organisation's id as a parameter, or an SQL expression that yields it. */
function partsForYear(orgId: string | Prisma.Sql, year: number): Prisma.Sql[] {
  // The year is an integer, written as a literal so every UNION branch has a typed column; its first and last
  // days too, which spares the client converting some fifty parameters (~2 µs each through Prisma).
  const whole = Math.trunc(year);
  const y = Prisma.raw(String(whole));
  const bounds = yearBounds(whole);
  const first = Prisma.raw(`'${bounds.first}'`);
  const last = Prisma.raw(`'${bounds.last}'`);
  // Only items that went out count as published (a draft may carry a planned 公开日期). A literal list, so the
  // fragment can stand after a table alias.
  const wentPublic = Prisma.raw(`"status" IN (${WENT_PUBLIC_STATUSES.map((status) => `'${status}'`).join(", ")})`);
  return [
    Prisma.sql`
    SELECT 'item' AS "part", ${y} AS "year", "genre" AS "k1", "disclosure" AS "k2", 0 AS "sort",
      SUM(CASE WHEN "createdOn" >= ${first} AND "createdOn" <= ${last} THEN 1 ELSE 0 END) AS "n1",
      SUM(CASE WHEN ${wentPublic} AND "publishedOn" >= ${first} AND "publishedOn" <= ${last} THEN 1 ELSE 0 END) AS "n2",
      SUM(CASE WHEN ${wentPublic} AND "publishedOn" <= ${last} THEN 1 ELSE 0 END) AS "n3",
      SUM(CASE WHEN "abolishedOn" >= ${first} AND "abolishedOn" <= ${last} THEN 1 ELSE 0 END) AS "n4",
      SUM(CASE WHEN "createdOn" <= ${last} AND ("abolishedOn" IS NULL OR "abolishedOn" > ${last}) THEN 1 ELSE 0 END) AS "n5"
    FROM "Item"
    WHERE "orgId" = ${orgId}
    GROUP BY "genre", "disclosure"`,
    // Proactive items published in the year per 主题分类, in category order. COUNT(*) rather than COUNT(id): the
    // covering index (orgId, publishedOn, disclosure, categoryId) then answers it without reading rows.
    Prisma.sql`
    SELECT 'category', ${y}, c."code", c."name", c."sortOrder", COUNT(*), 0, 0, 0, 0
    FROM "Category" c
    JOIN "Item" i ON i."categoryId" = c."id"
    WHERE i."orgId" = ${orgId} AND i."disclosure" = 'proactive' AND i.${wentPublic}
      AND i."publishedOn" >= ${first} AND i."publishedOn" <= ${last}
    GROUP BY c."id", c."code", c."name", c."sortOrder"`,
    Prisma.sql`
    SELECT 'request', ${y}, "applicantType", "outcome", 0,
      SUM(CASE WHEN "receivedOn" >= ${first} THEN 1 ELSE 0 END),
      SUM(CASE WHEN "receivedOn" < ${first} AND ("closedOn" IS NULL OR "closedOn" >= ${first}) THEN 1 ELSE 0 END),
      SUM(CASE WHEN "closedOn" >= ${first} AND "closedOn" <= ${last} THEN 1 ELSE 0 END),
      SUM(CASE WHEN "closedOn" IS NULL OR "closedOn" > ${last} THEN 1 ELSE 0 END),
      0
    FROM "DisclosureRequest"
    WHERE "orgId" = ${orgId} AND "receivedOn" <= ${last}
    GROUP BY "applicantType", "outcome"`,
    // The result known on 31 December is worked out in a subquery and grouped by name: repeating the CASE in
    // GROUP BY would bind ${last} a second time, which PostgreSQL does not treat as the same expression.
    Prisma.sql`
    SELECT 'appeal', ${y}, "kind", "result", 0, COUNT(*), 0, 0, 0, 0
    FROM (
      SELECT "kind", CASE WHEN "closedOn" IS NOT NULL AND "closedOn" <= ${last} THEN "result" ELSE 'pending' END AS "result"
      FROM "Appeal"
      WHERE "orgId" = ${orgId} AND "filedOn" >= ${first} AND "filedOn" <= ${last}
    ) AS "filed"
    GROUP BY "kind", "result"`,
    Prisma.sql`
    SELECT 'statistic', ${y}, "code", "value", 0, 0, 0, 0, 0, 0
    FROM "YearlyStatistic"
    WHERE "orgId" = ${orgId} AND "year" = ${y}`,
  ];
}

/** The one statement counting an organisation's report aggregates for each of the years. */
export function reportInputsSql(orgId: string | Prisma.Sql, years: number[]): Prisma.Sql {
  return Prisma.join(years.flatMap((year) => partsForYear(orgId, year)), " UNION ALL ");
}

/**
 * What a report of the year is computed from, in one statement: an "org" row (the organisation's id, and the
 * content of last year's latest published version or NULL) — none when no organisation has the code — then
 * the aggregates of the year and the year before, counted for the organisation the CTE found.
 */
export function reportSql(orgCode: string, year: number): Prisma.Sql {
  return Prisma.sql`
    WITH "org" AS (SELECT "id" FROM "Organization" WHERE "code" = ${orgCode})
    SELECT 'org' AS "part", 0 AS "year", o."id" AS "k1",
      (SELECT v."content" FROM "ReportVersion" v JOIN "AnnualReport" r ON r."id" = v."reportId"
        WHERE r."orgId" = o."id" AND r."year" = ${year - 1} ORDER BY v."versionNo" DESC LIMIT 1) AS "k2",
      0 AS "sort", 0 AS "n1", 0 AS "n2", 0 AS "n3", 0 AS "n4", 0 AS "n5"
    FROM "org" o
    UNION ALL
    ${reportInputsSql(Prisma.sql`(SELECT "id" FROM "org")`, [year, year - 1])}`;
}

/**
 * The statement's rows as ONE value: a JSON array of [part, year, k1, k2, sort, n1 … n5] arrays, as text. The
 * client then converts one value instead of ten for each of a report's ~100 rows (0.2–0.35 ms of CPU a report,
 * docs/PERFORMANCE.md). NULL on PostgreSQL when there is no row. The two databases spell it differently.
 */
function asJsonArray(statement: Prisma.Sql): Prisma.Sql {
  const columns = Prisma.raw(`"part", "year", "k1", "k2", "sort", "n1", "n2", "n3", "n4", "n5"`);
  return dbProvider === "postgresql"
    ? Prisma.sql`SELECT CAST(json_agg(json_build_array(${columns})) AS TEXT) AS "rows" FROM (${statement}) AS "r"`
    : Prisma.sql`SELECT json_group_array(json_array(${columns})) AS "rows" FROM (${statement}) AS "r"`;
}

/**
 * The aggregates of the year and the year before, and last year's latest published report (its JSON text,
 * null when none was published); null when no organisation has the code.
 */
export async function reportData(
  orgCode: string,
  year: number,
): Promise<{ inputs: Map<number, YearInputs>; publishedPrevious: string | null } | null> {
  const [result] = await db.$queryRaw<{ rows: string | null }[]>(asJsonArray(reportSql(orgCode, year)));
  const rows = (JSON.parse(result.rows ?? "[]") as ReportInputsTuple[]).map(
    ([part, rowYear, k1, k2, sort, n1, n2, n3, n4, n5]): ReportInputsRow => ({ part, year: rowYear, k1, k2, sort, n1, n2, n3, n4, n5 }),
  );
  const org = rows.find((r) => r.part === "org");
  if (!org) return null;
  return { inputs: toYearInputs(rows, [year, year - 1]), publishedPrevious: org.k2 };
}

/** The statement's rows as each year's report inputs. */
export function toYearInputs(rows: ReportInputsRow[], years: number[]): Map<number, YearInputs> {
  const result = new Map<number, YearInputs>(
    years.map((year) => [year, { items: [], categories: [], requests: [], appeals: [], statistics: new Map() }]),
  );
  const categories: (ReportInputsRow & { year: number })[] = [];
  for (const r of rows) {
    if (r.part === "org") continue; // reportSql's lookup row, read by reportData
    const inputs = result.get(n(r.year))!;
    switch (r.part) {
      case "item":
        inputs.items.push({
          genre: r.k1,
          disclosure: String(r.k2),
          created: n(r.n1),
          published: n(r.n2),
          publishedCumulative: n(r.n3),
          abolished: n(r.n4),
          inForce: n(r.n5),
        });
        break;
      case "category":
        categories.push({ ...r, year: n(r.year) });
        break;
      case "request":
        inputs.requests.push({
          applicantType: r.k1,
          outcome: r.k2,
          received: n(r.n1),
          carriedIn: n(r.n2),
          closed: n(r.n3),
          carriedOut: n(r.n4),
        });
        break;
      case "appeal":
        inputs.appeals.push({ kind: r.k1, result: String(r.k2), count: n(r.n1) });
        break;
      case "statistic":
        inputs.statistics.set(r.k1, String(r.k2));
        break;
    }
  }
  // Every category that has items, in category order.
  categories.sort((a, b) => n(a.sort) - n(b.sort) || (a.k1 < b.k1 ? -1 : a.k1 > b.k1 ? 1 : 0));
  for (const c of categories) result.get(c.year)!.categories.push({ code: c.k1, name: String(c.k2), count: n(c.n1) });
  return result;
}

/** 信息处理费 paid in the year (by payment date) on the organisation's requests, in fen. */
export async function feesCollected(orgId: string, year: number): Promise<{ collectedFen: number; payments: number }> {
  const { first, last } = yearBounds(year);
  const result = await db.requestFee.aggregate({
    where: { request: { orgId }, paidOn: { gte: first, lte: last } },
    _sum: { amountFen: true },
    _count: true,
  });
  return { collectedFen: result._sum.amountFen ?? 0, payments: result._count };
}
