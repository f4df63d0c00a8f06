// No "server-only" here: scripts/db-setup.ts loads the shipped calendar with these functions too.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { HOLIDAY_DAYS } from "./holidays";
import { calendarFromDays, type Calendar } from "./working-days";

type Client = Prisma.TransactionClient | typeof db;

/** The working-day calendar as the clock needs it: every exception row (a few hundred), as two sets. */
export async function loadCalendar(client: Client = db): Promise<Calendar> {
  return calendarFromDays(await client.calendarDay.findMany({ select: { date: true, kind: true } }));
}

/** The exception days of one year, in date order. */
export function listCalendarDays(year: number) {
  return db.calendarDay.findMany({
    where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } },
    orderBy: { date: "asc" },
  });
}

/** The shipped holiday rows (lib/calendar/holidays.ts) whose date is not in CalendarDay yet. */
export async function missingShippedDays(client: Client = db) {
  const existing = new Set((await client.calendarDay.findMany({ select: { date: true } })).map((r) => r.date));
  return HOLIDAY_DAYS.filter((day) => !existing.has(day.date));
}
