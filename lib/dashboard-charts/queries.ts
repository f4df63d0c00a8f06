import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import { loadCalendar } from "@/lib/calendar/queries";
import { todayInChina, yearBounds } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { bodiesIn, type Bodies } from "@/lib/organizations/bodies";
import { dashboardScope } from "@/lib/oversight/scope";
import { isOverdue } from "@/lib/requests/clock";
import { clocksOf } from "@/lib/requests/clock-cache";
import { deadlinesByMonth, itemsByCategory, requestsByMonth, type Chart } from "./series";

/** ?year= on the dashboard: a year up to this one, or undefined (the default) for anything else. */
export function chartYearQuery(thisYear: number) {
  return z.coerce.number().int().min(1990).max(thisYear).optional().catch(undefined);
}

/** Years the item chart spans, ending with the chosen one. */
export const ITEM_CHART_YEARS = 5;

/** Counts come back as bigint (PostgreSQL, SQLite via Prisma) or number. */
const n = (value: unknown) => Number(value ?? 0);

const orgIdIn = (scope: Bodies) => bodiesIn(Prisma.sql`"orgId"`, scope);

/** The latest year with records (the demo data's, or a quiet office's last busy year), else this year. */
export async function defaultChartYear(user: SessionUser): Promise<number> {
  const scope = dashboardScope(user);
  const [[items], [requests]] = await Promise.all([
    db.$queryRaw<{ latest: string | null }[]>`SELECT MAX("createdOn") AS "latest" FROM "Item" WHERE ${orgIdIn(scope)}`,
    db.$queryRaw<{ latest: string | null }[]>`SELECT MAX("receivedOn") AS "latest" FROM "DisclosureRequest" WHERE ${orgIdIn(scope)}`,
  ]);
  const thisYear = Number(todayInChina().slice(0, 4));
  const latest = Math.max(...[items.latest, requests.latest].map((d) => (d ? Number(d.slice(0, 4)) : 0)));
  return latest > 0 ? Math.min(latest, thisYear) : thisYear;
}

/** Requests received in the year, per month and outcome, counted by the database. */
async function requestRows(scope: Bodies, year: number) {
  const { first, last } = yearBounds(year);
  const rows = await db.$queryRaw<{ month: string; outcome: string | null; n: unknown }[]>(Prisma.sql`
    SELECT "month", "outcome", COUNT(*) AS "n"
    FROM (
      SELECT substr("receivedOn", 1, 7) AS "month", "outcome"
      FROM "DisclosureRequest"
      WHERE "receivedOn" >= ${first} AND "receivedOn" <= ${last} AND ${orgIdIn(scope)}
    ) AS "received"
    GROUP BY "month", "outcome"`);
  return rows.map((r) => ({ month: r.month, outcome: r.outcome, n: n(r.n) }));
}

/** Items per year of 成文日期 and category over the chart's years, counted by the database. */
async function itemRows(scope: Bodies, years: number[]) {
  const rows = await db.$queryRaw<{ year: string; categoryId: string; n: unknown }[]>(Prisma.sql`
    SELECT "year", "categoryId", COUNT(*) AS "n"
    FROM (
      SELECT substr("createdOn", 1, 4) AS "year", "categoryId"
      FROM "Item"
      WHERE "createdOn" >= ${yearBounds(years[0]).first} AND "createdOn" <= ${yearBounds(years[years.length - 1]).last} AND ${orgIdIn(scope)}
    ) AS "created"
    GROUP BY "year", "categoryId"`);
  return rows.map((r) => ({ year: r.year, categoryId: r.categoryId, n: n(r.n) }));
}

/**
 * The answer deadline of every request that ran during the year, and whether it was missed. Deadlines are
 * derived from each request's ledger and the calendar, never stored (docs/ARCHITECTURE.md), so they cannot be
 * counted by the database: this reads the ledgers of the requests open at some point in the year — that year's
 * caseload, not the archive.
 */
async function deadlines(scope: Bodies, year: number) {
  const { first, last } = yearBounds(year);
  const [rows, cal] = await Promise.all([
    db.$queryRaw<{ id: string; version: number }[]>`
      SELECT "id", "version" FROM "DisclosureRequest"
      WHERE ${orgIdIn(scope)} AND "receivedOn" <= ${last} AND ("closedOn" IS NULL OR "closedOn" >= ${first})`,
    loadCalendar(),
  ]);
  // Remembered clocks (clock-cache.ts): a province overseer's year is thousands of ledgers, ~1 s to derive afresh.
  const clocks = await clocksOf(rows, cal);
  const today = todayInChina();
  return [...clocks.values()].flatMap((clock) => {
    if (clock.status === "closed") return clock.dueOnAtReply ? [{ dueOn: clock.dueOnAtReply, late: clock.repliedLate === true }] : [];
    return clock.status === "running" && clock.dueOn ? [{ dueOn: clock.dueOn, late: isOverdue(clock, today) }] : [];
  });
}

export type DashboardCharts = { year: number; years: number[]; requests: Chart; items: Chart; overdue: Chart };

/** The dashboard's three charts for the year, over the bodies of dashboardScope (an overseer's subtree; an admin sees every one). */
export async function dashboardCharts(user: SessionUser, year: number): Promise<DashboardCharts> {
  const years = Array.from({ length: ITEM_CHART_YEARS }, (_, i) => year - ITEM_CHART_YEARS + 1 + i);
  const scope = dashboardScope(user);
  const [requests, items, categories, due] = await Promise.all([
    requestRows(scope, year),
    itemRows(scope, years),
    db.category.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    deadlines(scope, year),
  ]);
  return {
    year,
    years,
    requests: requestsByMonth(requests),
    items: itemsByCategory(years, categories, items),
    overdue: deadlinesByMonth(year, due),
  };
}
