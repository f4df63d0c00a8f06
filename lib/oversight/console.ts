import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import { loadCalendar } from "@/lib/calendar/queries";
import { chinaDateTime, todayInChina, yearBounds } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { publicationDeadline } from "@/lib/items/deadline";
import { orgCodeParam } from "@/lib/items/filters";
import { policiesWithoutInterpretation } from "@/lib/items/interpretations";
import { ORG_KINDS, type OrgKind } from "@/lib/organizations/codes";
import type { FrozenReport } from "@/lib/report/document";
import { isDueSoon, openRequestClocks } from "@/lib/requests/queries";
import { inScope, oversightScope } from "./scope";

// The oversight console: per body of a scope, how it keeps the 条例's deadlines. Everything is counted by the
// database per body (GROUP BY "orgId"); only the open requests' clocks are derived here, as on the dashboard
// (due dates are never stored, and the law keeps the open set small).

/** 条例第五十条: the annual report is published by 31 January of the following year. */
export const reportDueOn = (year: number) => `${year + 1}-01-31`;

export type ReportState = "on_time" | "late" | "missing";
export const REPORT_STATES: Record<ReportState, string> = { on_time: "按时发布", late: "逾期发布", missing: "未发布" };

export type OversightRow = {
  code: string;
  name: string;
  kind: OrgKind;
  report: ReportState;
  /** The day (China) the year's report was first published; null when it never was. */
  reportPublishedOn: string | null;
  /** Checks of the latest published version that fail, and those of them overridden with a reason. */
  failingChecks: string[];
  overriddenChecks: string[];
  open: number;
  overdue: number;
  dueSoon: number;
  /** Proactive items published in the year later than 条例第二十六条 allows. */
  lateItems: number;
  /** Policies (规章, 行政规范性文件) published and in force without a published 解读 (三同步), today. */
  policiesWithoutInterpretation: number;
  lastPublishedOn: string | null;
  daysSincePublication: number | null;
};

export function reportState(firstPublishedOn: string | null, year: number): ReportState {
  if (!firstPublishedOn) return "missing";
  return firstPublishedOn <= reportDueOn(year) ? "on_time" : "late";
}

const count = (value: unknown) => Number(value ?? 0);

/** Proactive items published in the year after their deadline, per body: the deadline depends only on 成文日期. */
async function lateItemsByOrg(ids: string[], year: number): Promise<Map<string, number>> {
  const { first, last } = yearBounds(year);
  const published = { orgId: { in: ids }, disclosure: "proactive", publishedOn: { gte: first, lte: last } };
  const [dates, cal] = await Promise.all([
    db.item.groupBy({ by: ["createdOn"], where: published, orderBy: { createdOn: "asc" } }),
    loadCalendar(),
  ]);
  if (dates.length === 0) return new Map();
  // One row per 成文日期 with its deadline (a few hundred at most), joined to the items in the statement.
  const deadlines = Prisma.join(
    dates.map((d) => Prisma.sql`SELECT CAST(${d.createdOn} AS TEXT) AS "createdOn", CAST(${publicationDeadline(d.createdOn, cal)} AS TEXT) AS "deadline"`),
    " UNION ALL ",
  );
  const rows = await db.$queryRaw<{ orgId: string; late: unknown }[]>`
    SELECT i."orgId", COUNT(*) AS "late"
    FROM "Item" i JOIN (${deadlines}) d ON d."createdOn" = i."createdOn"
    WHERE ${inScope(Prisma.sql`i."orgId"`, ids)} AND i."disclosure" = 'proactive'
      AND i."publishedOn" >= ${first} AND i."publishedOn" <= ${last} AND i."publishedOn" > d."deadline"
    GROUP BY i."orgId"`;
  return new Map(rows.map((r) => [r.orgId, count(r.late)]));
}

/** The latest published version of each body's report of the year, and the day it was first published. */
async function reportsByOrg(ids: string[], year: number) {
  const reports = await db.annualReport.findMany({
    where: { orgId: { in: ids }, year, versions: { some: {} } },
    select: { id: true, orgId: true, versions: { orderBy: { versionNo: "desc" }, take: 1, select: { content: true } } },
  });
  const first = await db.reportVersion.groupBy({ by: ["reportId"], where: { reportId: { in: reports.map((r) => r.id) } }, _min: { publishedAt: true } });
  const firstOf = new Map(first.map((f) => [f.reportId, f._min.publishedAt]));
  return new Map(
    reports.map((r) => {
      const content = JSON.parse(r.versions[0].content) as FrozenReport;
      const failing = [...content.checks, ...(content.extraChecks ?? [])].filter((c) => !c.ok).map((c) => c.code);
      const publishedAt = firstOf.get(r.id);
      return [r.orgId, { publishedOn: publishedAt ? chinaDateTime(publishedAt).slice(0, 10) : null, failing, overridden: (content.overrides ?? []).map((o) => o.code) }];
    }),
  );
}

/** The console's rows for the bodies `ids`, for the year (the report and late items) and today (requests, publication). */
export async function oversightRows(ids: string[], year: number, today = todayInChina()): Promise<OversightRow[]> {
  const where = { orgId: { in: ids } };
  const [orgs, reports, late, lastPublished, openCounts, clocks, uninterpreted] = await Promise.all([
    db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, name: true, kind: true }, orderBy: { code: "asc" } }),
    reportsByOrg(ids, year),
    lateItemsByOrg(ids, year),
    db.item.groupBy({ by: ["orgId"], where: { ...where, publishedOn: { not: null } }, _max: { publishedOn: true } }),
    db.disclosureRequest.groupBy({ by: ["orgId"], where: { ...where, status: { not: "closed" } }, _count: { _all: true } }),
    openRequestClocks(where, 10_000, today),
    policiesWithoutInterpretation(ids),
  ]);
  const lastOf = new Map(lastPublished.map((g) => [g.orgId, g._max.publishedOn]));
  const openOf = new Map(openCounts.map((g) => [g.orgId, g._count._all]));
  return orgs.map((org): OversightRow => {
    const report = reports.get(org.id);
    const mine = clocks.filter((r) => r.orgId === org.id);
    const lastPublishedOn = lastOf.get(org.id) ?? null;
    return {
      code: org.code,
      name: org.name,
      kind: (org.kind in ORG_KINDS ? org.kind : "department") as OrgKind,
      report: reportState(report?.publishedOn ?? null, year),
      reportPublishedOn: report?.publishedOn ?? null,
      failingChecks: report?.failing ?? [],
      overriddenChecks: report?.overridden ?? [],
      open: openOf.get(org.id) ?? 0,
      overdue: mine.filter((r) => r.overdue).length,
      dueSoon: mine.filter(isDueSoon).length,
      lateItems: late.get(org.id) ?? 0,
      policiesWithoutInterpretation: uninterpreted.get(org.id) ?? 0,
      lastPublishedOn,
      daysSincePublication: lastPublishedOn ? daysBetween(lastPublishedOn, today) : null,
    };
  });
}

/** Calendar days from one date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The columns the console sorts by (?sort=), each with its order: the worst first. */
export const OVERSIGHT_SORTS = {
  code: (a: OversightRow, b: OversightRow) => a.code.localeCompare(b.code),
  report: (a: OversightRow, b: OversightRow) => STATE_ORDER[a.report] - STATE_ORDER[b.report],
  checks: (a: OversightRow, b: OversightRow) => b.failingChecks.length - a.failingChecks.length,
  open: (a: OversightRow, b: OversightRow) => b.open - a.open,
  overdue: (a: OversightRow, b: OversightRow) => b.overdue - a.overdue,
  dueSoon: (a: OversightRow, b: OversightRow) => b.dueSoon - a.dueSoon,
  lateItems: (a: OversightRow, b: OversightRow) => b.lateItems - a.lateItems,
  uninterpreted: (a: OversightRow, b: OversightRow) => b.policiesWithoutInterpretation - a.policiesWithoutInterpretation,
  // Never published counts as the longest silence.
  idle: (a: OversightRow, b: OversightRow) => (b.daysSincePublication ?? 1e9) - (a.daysSincePublication ?? 1e9),
} as const;
export type OversightSort = keyof typeof OVERSIGHT_SORTS;
const STATE_ORDER: Record<ReportState, number> = { missing: 0, late: 1, on_time: 2 };

/** Rows in the order of a column, ties by code (a stable order on every page and export). */
export function sortRows(rows: OversightRow[], sort: OversightSort): OversightRow[] {
  return [...rows].sort((a, b) => OVERSIGHT_SORTS[sort](a, b) || a.code.localeCompare(b.code));
}

/** The console's query: ?year= (default last year), ?org= (a body of the scope), ?sort=. Bad values fall back. */
export function consoleQuery(today = todayInChina()) {
  const lastYear = Number(today.slice(0, 4)) - 1;
  return z.object({
    year: z.coerce.number().int().min(2008).max(lastYear + 1).catch(lastYear),
    org: orgCodeParam,
    sort: z.enum(Object.keys(OVERSIGHT_SORTS) as [OversightSort, ...OversightSort[]]).catch("code"),
  });
}

/** The console as the page and the downloads show it: null when ?org= names no body of the user's scope. */
export async function oversightConsole(user: Pick<SessionUser, "orgId">, params: Record<string, unknown>) {
  const query = consoleQuery().parse(params);
  const scope = await oversightScope(user, query.org);
  if (!scope) return null;
  return { ...query, scope, rows: sortRows(await oversightRows(scope.ids, query.year), query.sort) };
}

/**
 * The roll-up's query: ?org= a body of the user's scope (default: its own body; for a platform administrator the
 * first top-level body), ?year= (default last year), ?cell=. null when ?org= is outside the scope.
 */
export async function rollupQuery(user: Pick<SessionUser, "orgId">, params: Record<string, unknown>) {
  const query = consoleQuery().parse(params);
  const scope = await oversightScope(user, query.org);
  const region = scope?.root ?? (scope && (await db.organization.findFirst({ where: { parentId: null }, orderBy: { code: "asc" }, select: { id: true, code: true, name: true } })));
  if (!region) return null;
  return { year: query.year, region, cell: typeof params.cell === "string" ? params.cell : null };
}
