import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import { loadCalendar } from "@/lib/calendar/queries";
import { chinaDateTime, todayInChina, yearBounds } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { inTimeCutoffs } from "@/lib/items/deadline";
import { orgCodeParam } from "@/lib/items/filters";
import { policiesWithoutInterpretation } from "@/lib/items/interpretations";
import { ORG_KINDS, type OrgKind } from "@/lib/organizations/codes";
import type { FrozenReport } from "@/lib/report/document";
import { openClocks } from "@/lib/requests/clock-cache";
import { bodiesIn, type Bodies } from "@/lib/organizations/bodies";
import { oversightScope } from "./scope";

// The oversight console: per body of a scope, how it keeps the 条例's deadlines. Everything is counted by the
// database per body (GROUP BY "orgId"); only the open requests' clocks are derived here, as on the dashboard
// (due dates are never stored, and the law keeps the open set small), each once per render. A page shows
// OVERSIGHT_PAGE_SIZE bodies: the subtree is ordered by the one figure sorted on, then only the page is read in full.

/** 条例第五十条: the annual report is published by 31 January of the following year. */
export const reportDueOn = (year: number) => `${year + 1}-01-31`;

export type ReportState = "on_time" | "late" | "missing";
export const REPORT_STATES: Record<ReportState, string> = { on_time: "按时发布", late: "逾期发布", missing: "未发布" };

export type OversightRow = {
  id: string;
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

/**
 * Proactive items published in the year after their deadline, per body. Turned round (inTimeCutoffs): an item
 * published on day p is late when made before p's cut-off, so the statement seeks each publication day of the year
 * in Item(disclosure, publishedOn, createdOn, orgId) and reads only the late entries, not the year's 56,000 items
 * that cost 300–400 ms at a province's root (bench, 2026-12-05).
 */
async function lateItemsByOrg(inBodies: Set<string>, year: number): Promise<Map<string, number>> {
  const { first, last } = yearBounds(year);
  // The 730 dates are written into the statement, not bound: binding them cost 5–25 ms of CPU in Prisma per page,
  // the statement itself ~1 ms. They are the calendar's own dates, checked to be dates before they are written.
  const cutoffs = Prisma.raw(
    inTimeCutoffs(first, last, await loadCalendar())
      .map((c) => `(${sqlDate(c.publishedOn)}, ${sqlDate(c.createdBefore)})`)
      .join(", "),
  );
  // VALUES names its columns column1, column2 on both SQLite and PostgreSQL. CROSS JOIN keeps SQLite's order (the
  // days outside): with bound values its planner otherwise read every proactive item and probed the days (200 ms).
  const rows = await db.$queryRaw<{ orgId: string; late: unknown }[]>`
    SELECT i."orgId", COUNT(*) AS "late"
    FROM (VALUES ${cutoffs}) b CROSS JOIN "Item" i
    WHERE i."disclosure" = 'proactive' AND i."publishedOn" = b.column1 AND i."createdOn" < b.column2
    GROUP BY i."orgId"`;
  // The bodies are applied here, not in SQL: given 3,000 ids SQLite's planner read the bodies' items by orgId
  // instead (360 ms). The platform's late items of a year are few, and reading them all costs less than one body's.
  return new Map(rows.filter((r) => inBodies.has(r.orgId)).map((r) => [r.orgId, count(r.late)]));
}

/** A YYYY-MM-DD date as an SQL literal; anything else is a programming error. */
function sqlDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date: ${date}`);
  return `'${date}'`;
}

/** The day (China) each body's report of the year was first published: one aggregate, no report content read. */
async function firstPublishedByOrg(bodies: Bodies, year: number): Promise<Map<string, { reportId: string; publishedOn: string }>> {
  const rows = await db.$queryRaw<{ reportId: string; orgId: string; first: Date | string | number }[]>`
    SELECT r."id" AS "reportId", r."orgId", MIN(v."publishedAt") AS "first"
    FROM "AnnualReport" r JOIN "ReportVersion" v ON v."reportId" = r."id"
    WHERE r."year" = ${year} AND ${bodiesIn(Prisma.sql`r."orgId"`, bodies)}
    GROUP BY r."id", r."orgId"`;
  // A timestamp comes back as a Date from PostgreSQL and as stored (ISO text) from SQLite.
  return new Map(rows.map((r) => [r.orgId, { reportId: r.reportId, publishedOn: chinaDateTime(new Date(r.first)).slice(0, 10) }]));
}

/** The failing and overridden checks of the latest published version of each report (its frozen content is read). */
async function checksByReport(reportIds: string[]): Promise<Map<string, { failing: string[]; overridden: string[] }>> {
  const reports = await db.annualReport.findMany({
    where: { id: { in: reportIds } },
    select: { id: true, versions: { orderBy: { versionNo: "desc" }, take: 1, select: { content: true } } },
  });
  return new Map(
    reports.map((r) => {
      const content = JSON.parse(r.versions[0].content) as FrozenReport;
      const failing = [...content.checks, ...(content.extraChecks ?? [])].filter((c) => !c.ok).map((c) => c.code);
      return [r.id, { failing, overridden: (content.overrides ?? []).map((o) => o.code) }];
    }),
  );
}

/** Each body's overdue and due-soon requests, from the open requests' remembered clocks (clock-cache.ts). */
async function clocksByOrg(bodies: Bodies, inBodies: Set<string>, today: string): Promise<Map<string, { overdue: number; dueSoon: number }>> {
  const byOrg = new Map<string, { overdue: number; dueSoon: number }>();
  // A page's bodies are read by id; a subtree's from the platform's open requests, fewer than its bodies' ids.
  for (const clock of await openClocks(today, "ids" in bodies ? bodies.ids : null)) {
    if (!inBodies.has(clock.orgId)) continue;
    const counts = byOrg.get(clock.orgId) ?? { overdue: 0, dueSoon: 0 };
    if (clock.overdue) counts.overdue++;
    if (clock.dueSoon) counts.dueSoon++;
    byOrg.set(clock.orgId, counts);
  }
  return byOrg;
}

/** The parts of a row, each read by its own aggregate; a sort reads only the part it orders by. */
export type RowPart = "report" | "checks" | "open" | "clocks" | "late" | "published" | "uninterpreted";
const ALL_PARTS: RowPart[] = ["report", "checks", "open", "clocks", "late", "published", "uninterpreted"];

/**
 * The console's rows for the bodies (a subtree, or a page's ids), for the year (the report and late items) and
 * today (requests, publication). `parts`: only those figures are read; the others are left at their empty values
 * (for sorting a whole subtree by one column before the page's rows are read in full). Raw statements throughout:
 * over a province's 3,000 bodies Prisma's own `in` cost 40–70 ms more than the statement (bench, 2026-12-05).
 */
export async function oversightRows(bodies: Bodies, year: number, today = todayInChina(), parts: RowPart[] = ALL_PARTS): Promise<OversightRow[]> {
  const needs = (part: RowPart) => parts.includes(part);
  const none = <T>() => Promise.resolve(new Map<string, T>());
  const orgIdIn = bodiesIn(Prisma.sql`"orgId"`, bodies);
  const orgs = await db.$queryRaw<{ id: string; code: string; name: string; kind: string }[]>`
    SELECT "id", "code", "name", "kind" FROM "Organization" WHERE ${bodiesIn(Prisma.sql`"id"`, bodies)} ORDER BY "code"`;
  const inBodies = new Set(orgs.map((o) => o.id));
  const [reports, late, lastPublished, openCounts, clocks, uninterpreted] = await Promise.all([
    needs("report") || needs("checks") ? firstPublishedByOrg(bodies, year) : none<{ reportId: string; publishedOn: string }>(),
    needs("late") ? lateItemsByOrg(inBodies, year) : none<number>(),
    needs("published")
      ? db.$queryRaw<{ orgId: string; last: string }[]>`
          SELECT "orgId", MAX("publishedOn") AS "last" FROM "Item" WHERE ${orgIdIn} AND "publishedOn" IS NOT NULL GROUP BY "orgId"`
      : [],
    needs("open")
      ? db.$queryRaw<{ orgId: string; open: unknown }[]>`
          SELECT "orgId", COUNT(*) AS "open" FROM "DisclosureRequest" WHERE ${orgIdIn} AND "status" <> 'closed' GROUP BY "orgId"`
      : [],
    needs("clocks") ? clocksByOrg(bodies, inBodies, today) : none<{ overdue: number; dueSoon: number }>(),
    needs("uninterpreted") ? policiesWithoutInterpretation(bodies) : none<number>(),
  ]);
  const checks = needs("checks") ? await checksByReport([...reports.values()].map((r) => r.reportId)) : new Map<string, { failing: string[]; overridden: string[] }>();
  const lastOf = new Map(lastPublished.map((g) => [g.orgId, g.last]));
  const openOf = new Map(openCounts.map((g) => [g.orgId, count(g.open)]));
  return orgs.map((org): OversightRow => {
    const report = reports.get(org.id);
    const checked = report && checks.get(report.reportId);
    const lastPublishedOn = lastOf.get(org.id) ?? null;
    return {
      id: org.id,
      code: org.code,
      name: org.name,
      kind: (org.kind in ORG_KINDS ? org.kind : "department") as OrgKind,
      report: reportState(report?.publishedOn ?? null, year),
      reportPublishedOn: report?.publishedOn ?? null,
      failingChecks: checked?.failing ?? [],
      overriddenChecks: checked?.overridden ?? [],
      open: openOf.get(org.id) ?? 0,
      overdue: clocks.get(org.id)?.overdue ?? 0,
      dueSoon: clocks.get(org.id)?.dueSoon ?? 0,
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

/**
 * The columns the console sorts by (?sort=): each row's key, smallest (the worst) first, and the part of the row
 * the key is read from.
 */
export const OVERSIGHT_SORTS = {
  code: { part: null, key: () => 0 },
  report: { part: "report", key: (r: OversightRow) => STATE_ORDER[r.report] },
  checks: { part: "checks", key: (r: OversightRow) => -r.failingChecks.length },
  open: { part: "open", key: (r: OversightRow) => -r.open },
  overdue: { part: "clocks", key: (r: OversightRow) => -r.overdue },
  dueSoon: { part: "clocks", key: (r: OversightRow) => -r.dueSoon },
  lateItems: { part: "late", key: (r: OversightRow) => -r.lateItems },
  uninterpreted: { part: "uninterpreted", key: (r: OversightRow) => -r.policiesWithoutInterpretation },
  // Never published counts as the longest silence.
  idle: { part: "published", key: (r: OversightRow) => -(r.daysSincePublication ?? 1e9) },
} as const satisfies Record<string, { part: RowPart | null; key: (row: OversightRow) => number }>;
export type OversightSort = keyof typeof OVERSIGHT_SORTS;
const STATE_ORDER: Record<ReportState, number> = { missing: 0, late: 1, on_time: 2 };

/** Rows in the order of a column, ties by code (a stable order on every page and export). */
export function sortRows(rows: OversightRow[], sort: OversightSort): OversightRow[] {
  const key = OVERSIGHT_SORTS[sort].key;
  return [...rows].sort((a, b) => key(a) - key(b) || a.code.localeCompare(b.code));
}

/** Bodies per page of the console: a province's 3,000 would make the page megabytes long. */
export const OVERSIGHT_PAGE_SIZE = 50;

/** The console's query: ?year= (default last year), ?org= (a body of the scope), ?sort=, ?page=. Bad values fall back. */
export function consoleQuery(today = todayInChina()) {
  const lastYear = Number(today.slice(0, 4)) - 1;
  return z.object({
    year: z.coerce.number().int().min(2008).max(lastYear + 1).catch(lastYear),
    org: orgCodeParam,
    sort: z.enum(Object.keys(OVERSIGHT_SORTS) as [OversightSort, ...OversightSort[]]).catch("code"),
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
  });
}

/**
 * One page of the console: the whole scope ordered by the sort's one figure (one aggregate over the subtree),
 * then the page's bodies read in full. null when ?org= names no body of the user's scope.
 */
export async function oversightConsole(user: Pick<SessionUser, "orgId">, params: Record<string, unknown>) {
  const query = consoleQuery().parse(params);
  const scope = await oversightScope(user, query.org);
  if (!scope) return null;
  const today = todayInChina();
  const { part } = OVERSIGHT_SORTS[query.sort];
  const ordered = sortRows(await oversightRows(scope.bodies, query.year, today, part ? [part] : []), query.sort);
  const pages = Math.max(1, Math.ceil(ordered.length / OVERSIGHT_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const shown = ordered.slice((page - 1) * OVERSIGHT_PAGE_SIZE, page * OVERSIGHT_PAGE_SIZE);
  const full = new Map((await oversightRows({ ids: shown.map((r) => r.id) }, query.year, today)).map((r) => [r.id, r]));
  return { ...query, page, pages, total: ordered.length, scope, rows: shown.map((r) => full.get(r.id)!) };
}

/** The whole scope's rows in the console's order, for the CSV and XLSX downloads. null as oversightConsole. */
export async function oversightExport(user: Pick<SessionUser, "orgId">, params: Record<string, unknown>) {
  const query = consoleQuery().parse(params);
  const scope = await oversightScope(user, query.org);
  if (!scope) return null;
  return { ...query, scope, rows: sortRows(await oversightRows(scope.bodies, query.year), query.sort) };
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
