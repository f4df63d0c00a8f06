import type Database from "better-sqlite3";
import { yearBounds } from "@/lib/dates";
import { appealCells, proactiveCells, requestCells, summarize, type AppealGroup, type CategoryCount, type ItemGroup, type RequestGroup } from "@/lib/report/assemble";
import { runChecks } from "@/lib/report/checks";
import { formatForYear } from "@/lib/report/formats";
import type { ReportJson } from "@/lib/report/types";

// The yardstick for one organisation-year report: every aggregate buildReport needs (this year's and last
// year's, for the cross-year checks) from ONE hand-written SQL statement run straight on better-sqlite3,
// then the same pure assembly into report cells. buildReport's time is reported as a ratio of this one's,
// and the two reports must be equal.

export const REFERENCE_REPORT_SQL = `
WITH "years"("year", "first", "last") AS (VALUES (@year, @first, @last), (@prevYear, @prevFirst, @prevLast))
SELECT 'item' AS "part", y."year", i."genre" AS "k1", i."disclosure" AS "k2", 0 AS "sort",
  SUM(i."createdOn" BETWEEN y."first" AND y."last") AS "n1",
  SUM(i."publishedOn" BETWEEN y."first" AND y."last") AS "n2",
  SUM(i."publishedOn" <= y."last") AS "n3",
  SUM(i."abolishedOn" BETWEEN y."first" AND y."last") AS "n4",
  SUM(i."createdOn" <= y."last" AND (i."abolishedOn" IS NULL OR i."abolishedOn" > y."last")) AS "n5"
FROM "years" y, "Item" i WHERE i."orgId" = @orgId
GROUP BY y."year", i."genre", i."disclosure"
UNION ALL
SELECT 'category', y."year", c."code", c."name", c."sortOrder", COUNT(*), 0, 0, 0, 0
FROM "years" y JOIN "Item" i ON i."orgId" = @orgId AND i."disclosure" = 'proactive' AND i."publishedOn" BETWEEN y."first" AND y."last"
JOIN "Category" c ON c."id" = i."categoryId"
GROUP BY y."year", c."id"
UNION ALL
SELECT 'request', y."year", r."applicantType", r."outcome", 0,
  SUM(r."receivedOn" >= y."first"),
  SUM(r."receivedOn" < y."first" AND (r."closedOn" IS NULL OR r."closedOn" >= y."first")),
  SUM(r."closedOn" BETWEEN y."first" AND y."last"),
  SUM(r."closedOn" IS NULL OR r."closedOn" > y."last"), 0
FROM "years" y JOIN "DisclosureRequest" r ON r."orgId" = @orgId AND r."receivedOn" <= y."last"
GROUP BY y."year", r."applicantType", r."outcome"
UNION ALL
SELECT 'appeal', y."year", a."kind", CASE WHEN a."closedOn" <= y."last" THEN a."result" ELSE 'pending' END, 0, COUNT(*), 0, 0, 0, 0
FROM "years" y JOIN "Appeal" a ON a."orgId" = @orgId AND a."filedOn" BETWEEN y."first" AND y."last"
GROUP BY y."year", a."kind", 4
UNION ALL
SELECT 'statistic', s."year", s."code", s."value", 0, 0, 0, 0, 0, 0
FROM "YearlyStatistic" s WHERE s."orgId" = @orgId AND s."year" IN (@year, @prevYear)`;

type Row = { part: string; year: number; k1: string; k2: string | null; sort: number } & Record<"n1" | "n2" | "n3" | "n4" | "n5", number | null>;

/** SUM over no matching row is NULL in SQL; a cell is 0 then. */
const n = (value: number | null) => value ?? 0;

export function referenceReportStatement(sqlite: Database.Database): Database.Statement {
  return sqlite.prepare(REFERENCE_REPORT_SQL);
}

export function referenceReportParams(orgId: string, year: number): Record<string, unknown> {
  const current = yearBounds(year);
  const previous = yearBounds(year - 1);
  return { year, first: current.first, last: current.last, prevYear: year - 1, prevFirst: previous.first, prevLast: previous.last, orgId };
}

/** The report of one organisation and year from the one statement; equal to buildReport's when no earlier report is published. */
export function referenceReport(statement: Database.Statement, org: { id: string; code: string }, year: number): ReportJson {
  const rows = statement.all(referenceReportParams(org.id, year)) as Row[];
  const tables = (y: number) => {
    const format = formatForYear(y);
    const of = (part: string) => rows.filter((r) => r.part === part && r.year === y);
    const items: ItemGroup[] = of("item").map((r) => ({
      genre: r.k1,
      disclosure: r.k2!,
      created: n(r.n1),
      published: n(r.n2),
      publishedCumulative: n(r.n3),
      abolished: n(r.n4),
      inForce: n(r.n5),
    }));
    const categories: CategoryCount[] = of("category")
      .sort((a, b) => a.sort - b.sort || a.k1.localeCompare(b.k1))
      .map((r) => ({ code: r.k1, name: r.k2!, count: n(r.n1) }));
    const requests: RequestGroup[] = of("request").map((r) => ({
      applicantType: r.k1,
      outcome: r.k2,
      received: n(r.n1),
      carriedIn: n(r.n2),
      closed: n(r.n3),
      carriedOut: n(r.n4),
    }));
    const appeals: AppealGroup[] = of("appeal").map((r) => ({ kind: r.k1, result: r.k2!, count: n(r.n1) }));
    const statistics = new Map(of("statistic").map((r) => [r.k1, r.k2!]));
    return {
      format,
      proactive: proactiveCells({ format, items, categories, requests, appeals, statistics }),
      requests: requestCells(format, requests),
      appeals: appealCells(appeals),
      summary: summarize(items, categories),
    };
  };
  const current = tables(year);
  const previous = { ...tables(year - 1), source: `${year - 1} 年记录` };
  return { org: org.code, year, ...current, checks: runChecks(current, previous) };
}
