import type Database from "better-sqlite3";
import { assembleReport } from "@/lib/report/build";
import { reportInputsSql, toYearInputs, type ReportInputsRow } from "@/lib/report/queries";
import type { ReportJson } from "@/lib/report/types";

// The yardstick for one organisation-year report: the report's one hand-written statement (every aggregate of
// this year and last year, a GROUP BY per table joined with UNION ALL) run straight on better-sqlite3, then
// the same pure assembly into report cells. buildReport — the same statement through the Prisma client, plus
// the lookups of the organisation and of last year's published report — is reported as a ratio of it, and
// the two reports must be equal.

export function referenceReport(sqlite: Database.Database, org: { id: string; code: string }, year: number): ReportJson {
  const years = [year, year - 1];
  const statement = reportInputsSql(org.id, years);
  const rows = sqlite.prepare(statement.sql).all(...statement.values) as ReportInputsRow[];
  return assembleReport(org.code, year, toYearInputs(rows, years), null).report;
}

/** The statement with its parameters, for EXPLAIN QUERY PLAN. */
export function referenceReportStatement(orgId: string, year: number): { sql: string; values: unknown[] } {
  const statement = reportInputsSql(orgId, [year, year - 1]);
  return { sql: statement.sql, values: statement.values };
}
