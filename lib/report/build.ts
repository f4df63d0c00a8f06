import { db } from "@/lib/db";
import { appealCells, proactiveCells, requestCells, summarize } from "./assemble";
import { runChecks, type PreviousYear } from "./checks";
import { formatForYear } from "./formats";
import { appealGroups, itemGroups, publishedByCategory, requestGroups, yearlyStatistics } from "./queries";
import type { ReportJson } from "./types";

type Tables = Omit<ReportJson, "org" | "year" | "checks">;

/** One year's tables and where they come from (a published report or the records). */
export type YearTables = Tables & { source: string };

async function computeTables(orgId: string, year: number): Promise<Tables> {
  const format = formatForYear(year);
  const [items, categories, requests, appeals, statistics] = await Promise.all([
    itemGroups(orgId, year),
    publishedByCategory(orgId, year),
    requestGroups(orgId, year),
    appealGroups(orgId, year),
    yearlyStatistics(orgId, year),
  ]);
  return {
    format,
    proactive: proactiveCells({ format, items, categories, requests, appeals, statistics }),
    requests: requestCells(format, requests),
    appeals: appealCells(appeals),
    summary: summarize(items, categories),
  };
}

/** Last year's figures: its latest published report when there is one, else computed from the records. */
async function previousYear(orgId: string, year: number): Promise<NonNullable<PreviousYear> & YearTables> {
  const published = await db.reportVersion.findFirst({
    where: { report: { orgId, year: year - 1 } },
    orderBy: { versionNo: "desc" },
    select: { content: true },
  });
  if (published) {
    const report = JSON.parse(published.content) as ReportJson;
    return { ...report, source: `${year - 1} 年已发布报告` };
  }
  const tables = await computeTables(orgId, year - 1);
  return { ...tables, source: `${year - 1} 年记录` };
}

/** The report and the last-year figures its cross-year checks used (the page compares the two years too). */
export async function buildReportWithPrevious(orgCode: string, year: number): Promise<{ report: ReportJson; previous: YearTables } | null> {
  const org = await db.organization.findUnique({ where: { code: orgCode }, select: { id: true } });
  if (!org) return null;
  const [tables, previous] = await Promise.all([computeTables(org.id, year), previousYear(org.id, year)]);
  return { report: { org: orgCode, year, ...tables, checks: runChecks(tables, previous) }, previous };
}

/** The annual report of one organisation and year, computed from its records; null when the organisation is unknown. */
export async function buildReport(orgCode: string, year: number): Promise<ReportJson | null> {
  return (await buildReportWithPrevious(orgCode, year))?.report ?? null;
}
