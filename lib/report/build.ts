import { appealCells, proactiveCells, requestCells, summarize } from "./assemble";
import { runChecks } from "./checks";
import { formatForYear, statisticCodes } from "./formats";
import { reportData, type YearInputs } from "./queries";
import type { ReportJson } from "./types";

type Tables = Omit<ReportJson, "org" | "year" | "checks">;

/** One year's tables and where they come from (a published report or the records). */
export type YearTables = Tables & { source: string };

function computeTables(year: number, inputs: YearInputs): Tables {
  const format = formatForYear(year);
  const { items, categories, requests, appeals } = inputs;
  return {
    format,
    proactive: proactiveCells({ format, ...inputs }),
    requests: requestCells(format, requests),
    appeals: appealCells(appeals),
    summary: summarize(items, categories),
  };
}

/** The report and the last-year figures its cross-year checks used (the page compares the two years too). */
export async function buildReportWithPrevious(
  orgCode: string,
  year: number,
): Promise<{ report: ReportJson; previous: YearTables } | null> {
  // One round trip: the organisation and last year's published version are looked up by the aggregates'
  // statement itself; a query of its own would cost the client ~0.1 ms of CPU more (docs/PERFORMANCE.md).
  const data = await reportData(orgCode, year);
  if (!data) return null;
  const { inputs, publishedPrevious, baseline } = data;
  const parse = (json: string | null) => (json ? (JSON.parse(json) as ReportJson) : null);
  return assembleReport(orgCode, year, inputs, parse(publishedPrevious), parse(baseline));
}

/** The annual report of one organisation and year, computed from its records; null when the organisation is unknown. */
export async function buildReport(orgCode: string, year: number): Promise<ReportJson | null> {
  return (await buildReportWithPrevious(orgCode, year))?.report ?? null;
}

/** A year's tables with every cell 0: the cells a report of that year has (lib/report/baseline.ts checks against it). */
export function emptyTables(year: number): Tables {
  return computeTables(year, { items: [], categories: [], requests: [], appeals: [], statistics: new Map() });
}

/**
 * The report from the aggregates of the year and the year before. Last year's figures for the cross-year
 * checks are its latest published report when there is one, else the baseline a body that adopted Gongkai
 * mid-way entered (its records of that year are incomplete), else computed from the records. With a baseline
 * (and no published report) 上年结转 is the baseline's 结转下年度 too: the requests still open when the body
 * started are not in its records.
 */
export function assembleReport(
  orgCode: string,
  year: number,
  inputs: Map<number, YearInputs>,
  publishedPrevious: ReportJson | null,
  baseline: Pick<ReportJson, "format" | "proactive" | "requests" | "appeals" | "summary"> | null = null,
): { report: ReportJson; previous: YearTables } {
  const computed = computeTables(year, inputs.get(year)!);
  const carriedIn = !publishedPrevious && baseline ? baseline.requests.carried_out : null;
  const tables = carriedIn ? { ...computed, requests: { ...computed.requests, carried_in: { ...carriedIn } } } : computed;
  const entered = inputs.get(year)!.statistics;
  const missing = statisticCodes(tables.format).filter((code) => !entered.has(code));
  const previous: YearTables = publishedPrevious
    ? { ...publishedPrevious, source: `${year - 1} 年已发布报告` }
    : baseline
      ? { ...baseline, source: `${year - 1} 年报告（录入的基线）` }
      : { ...computeTables(year - 1, inputs.get(year - 1)!), source: `${year - 1} 年记录` };
  return { report: { org: orgCode, year, ...tables, checks: runChecks(tables, previous, missing) }, previous };
}
