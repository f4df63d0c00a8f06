import { Prisma } from "@/lib/generated/prisma/client";
import { db, dbProvider } from "@/lib/db";
import { yearBounds } from "@/lib/dates";
import type { ReportInputs } from "./assemble";
import { addDecimals } from "./decimal";
import { APPEAL_PENDING, APPEAL_SCOPE, ITEM_MEASURES, REQUEST_MEASURES, REQUEST_SCOPE, type Condition } from "./measures";

/** A text literal; the values are the year's dates and the code lists above, never user input. */
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * The condition as SQL for the year, its dates and codes written as literals (the statement's parameters cost
 * the client ~2 µs each). `alias` qualifies the columns ("i" → i."status").
 */
export function conditionSql<C extends string>(condition: Condition<C>, year: number, alias?: string): Prisma.Sql {
  const days = yearBounds(year);
  const text = (c: Condition<C>): string => {
    if ("all" in c) return `(${c.all.map(text).join(" AND ")})`;
    if ("any" in c) return `(${c.any.map(text).join(" OR ")})`;
    const column = `${alias ? `${alias}.` : ""}"${c.column}"`;
    if ("isNull" in c) return `${column} IS NULL`;
    if ("in" in c) return `${column} IN (${c.in.map(literal).join(", ")})`;
    return `${column} ${c.op} ${literal(days[c.day])}`;
  };
  return Prisma.raw(text(condition));
}


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

/** The measures' sums as the columns n1 … n5, 0 for those a table does not have. */
function sums(measures: Record<string, Condition<string>>, year: number): Prisma.Sql {
  const conditions = Object.values(measures);
  if (conditions.length > 5) throw new Error("the report statement has five count columns (n1 … n5)");
  return Prisma.join(
    [1, 2, 3, 4, 5].map((column, i) => {
      const sum = i < conditions.length ? Prisma.sql`SUM(CASE WHEN ${conditionSql(conditions[i], year)} THEN 1 ELSE 0 END)` : Prisma.sql`0`;
      return Prisma.sql`${sum} AS ${Prisma.raw(`"n${column}"`)}`;
    }),
    ", ",
  );
}

/** A row's sums n1, n2 … named by the measures they count, in the table's order. */
function counts<M extends string>(measures: Record<M, unknown>, row: ReportInputsRow): Record<M, number> {
  return Object.fromEntries(Object.keys(measures).map((measure, i) => [measure, n(row[`n${i + 1}` as keyof ReportInputsRow])])) as Record<M, number>;
}

/** orgTest: what "orgId" must be — `= <id>` for one organisation, `IN (…)` for a roll-up's bodies. */
function partsForYear(orgTest: Prisma.Sql, year: number): Prisma.Sql[] {
  // The year is an integer, written as a literal so every UNION branch has a typed column; the conditions'
  // dates too (measures.ts), which spares the client converting some fifty parameters (~2 µs each through Prisma).
  const whole = Math.trunc(year);
  const y = Prisma.raw(String(whole));
  return [
    Prisma.sql`
    SELECT 'item' AS "part", ${y} AS "year", "genre" AS "k1", "disclosure" AS "k2", 0 AS "sort", ${sums(ITEM_MEASURES, whole)}
    FROM "Item"
    WHERE "orgId" ${orgTest}
    GROUP BY "genre", "disclosure"`,
    // Proactive items published in the year per 主题分类, in category order. COUNT(*) rather than COUNT(id): the
    // covering index (orgId, publishedOn, disclosure, categoryId, status) then answers it without reading rows.
    Prisma.sql`
    SELECT 'category', ${y}, c."code", c."name", c."sortOrder", COUNT(*), 0, 0, 0, 0
    FROM "Category" c
    JOIN "Item" i ON i."categoryId" = c."id"
    WHERE i."orgId" ${orgTest} AND i."disclosure" = 'proactive' AND ${conditionSql(ITEM_MEASURES.published, whole, "i")}
    GROUP BY c."id", c."code", c."name", c."sortOrder"`,
    Prisma.sql`
    SELECT 'request', ${y}, "applicantType", "outcome", 0, ${sums(REQUEST_MEASURES, whole)}
    FROM "DisclosureRequest"
    WHERE "orgId" ${orgTest} AND ${conditionSql(REQUEST_SCOPE, whole)}
    GROUP BY "applicantType", "outcome"`,
    // The result known on 31 December is worked out in a subquery and grouped by name: SQL written once for both
    // databases does not repeat an expression in GROUP BY (docs/DEPLOYMENT.md §7).
    Prisma.sql`
    SELECT 'appeal', ${y}, "kind", "result", 0, COUNT(*), 0, 0, 0, 0
    FROM (
      SELECT "kind", CASE WHEN ${conditionSql(APPEAL_PENDING, whole)} THEN 'pending' ELSE "result" END AS "result"
      FROM "Appeal"
      WHERE "orgId" ${orgTest} AND ${conditionSql(APPEAL_SCOPE, whole)}
    ) AS "filed"
    GROUP BY "kind", "result"`,
    Prisma.sql`
    SELECT 'statistic', ${y}, "code", "value", 0, 0, 0, 0, 0, 0
    FROM "YearlyStatistic"
    WHERE "orgId" ${orgTest} AND "year" = ${y}`,
  ];
}

/** The one statement counting an organisation's report aggregates for each of the years. */
export function reportInputsSql(orgId: string | Prisma.Sql, years: number[]): Prisma.Sql {
  return Prisma.join(years.flatMap((year) => partsForYear(Prisma.sql`= ${orgId}`, year)), " UNION ALL ");
}

/**
 * A roll-up's aggregates, summed by the database over a set of bodies per year (the same statement with
 * `"orgId" IN (…)`): the bodies counted live differ by year when some have published their report.
 */
export async function rollupInputs(bodiesByYear: Map<number, string[]>): Promise<Map<number, YearInputs>> {
  const parts = [...bodiesByYear].flatMap(([year, ids]) => (ids.length === 0 ? [] : partsForYear(Prisma.sql`IN (${Prisma.join(ids)})`, year)));
  const years = [...bodiesByYear.keys()];
  if (parts.length === 0) return toYearInputs([], years);
  return toYearInputs(await rowsOf(Prisma.join(parts, " UNION ALL ")), years);
}

async function rowsOf(statement: Prisma.Sql): Promise<ReportInputsRow[]> {
  const [result] = await db.$queryRaw<{ rows: string | null }[]>(asJsonArray(statement));
  return (JSON.parse(result.rows ?? "[]") as ReportInputsTuple[]).map(
    ([part, rowYear, k1, k2, sort, n1, n2, n3, n4, n5]): ReportInputsRow => ({ part, year: rowYear, k1, k2, sort, n1, n2, n3, n4, n5 }),
  );
}

/**
 * What a report of the year is computed from, in one statement: an "org" row (the organisation's id, and the
 * content of last year's latest published version or NULL) — none when no organisation has the code — and a
 * "baseline" row (last year's tables entered by a body that adopted Gongkai mid-way, or NULL), then
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
    SELECT 'baseline', 0, o."id",
      (SELECT b."content" FROM "ReportBaseline" b WHERE b."orgId" = o."id" AND b."year" = ${year - 1}),
      0, 0, 0, 0, 0, 0
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
): Promise<{ inputs: Map<number, YearInputs>; publishedPrevious: string | null; baseline: string | null } | null> {
  const rows = await rowsOf(reportSql(orgCode, year));
  const org = rows.find((r) => r.part === "org");
  if (!org) return null;
  const baseline = rows.find((r) => r.part === "baseline")?.k2 ?? null;
  return { inputs: toYearInputs(rows, [year, year - 1]), publishedPrevious: org.k2, baseline };
}

/** The statement's rows as each year's report inputs. */
export function toYearInputs(rows: ReportInputsRow[], years: number[]): Map<number, YearInputs> {
  const result = new Map<number, YearInputs>(
    years.map((year) => [year, { items: [], categories: [], requests: [], appeals: [], statistics: new Map() }]),
  );
  const categories: (ReportInputsRow & { year: number })[] = [];
  for (const r of rows) {
    if (r.part === "org" || r.part === "baseline") continue; // reportSql's lookup rows, read by reportData
    const inputs = result.get(n(r.year))!;
    switch (r.part) {
      case "item":
        inputs.items.push({ genre: r.k1, disclosure: String(r.k2), ...counts(ITEM_MEASURES, r) });
        break;
      case "category":
        categories.push({ ...r, year: n(r.year) });
        break;
      case "request":
        inputs.requests.push({ applicantType: r.k1, outcome: r.k2, ...counts(REQUEST_MEASURES, r) });
        break;
      case "appeal":
        inputs.appeals.push({ kind: r.k1, result: String(r.k2), count: n(r.n1) });
        break;
      case "statistic": {
        // A roll-up reads one row per body and code: they add up exactly (decimal.ts).
        const before = inputs.statistics.get(r.k1);
        inputs.statistics.set(r.k1, before === undefined ? String(r.k2) : addDecimals([before, String(r.k2)]));
        break;
      }
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
