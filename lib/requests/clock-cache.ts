import "server-only";
import { loadCalendar } from "@/lib/calendar/queries";
import type { Calendar } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { computeClock, isOverdue, workingDaysLeft, type Clock } from "./clock";
import { loadLedgers } from "./ledger";

// The open requests' clocks of the whole platform, for the oversight console: a province has ~800 open requests,
// and deriving all their clocks on every page cost ~80 ms of CPU. A clock depends only on its request's ledger and
// the calendar, and every change to a request's ledger or fields bumps its `version` (appendEvent, recompute, the
// import) — so a clock is remembered per process under (id, version, calendar) and re-derived when any of them
// differs. Each call reads the open requests' (id, version) and the calendar afresh: a clock changed by any instance
// is never served stale once the change is committed. Only "today" is applied per call (overdue, days left).

type Remembered = { orgId: string; version: number; calendar: string; clock: Clock };
const remembered = new Map<string, Remembered>();

/** The calendar's identity: its exception days (a few hundred), so an edited calendar re-derives every clock. */
const calendarKey = (cal: Calendar) => `${[...cal.holidays].sort().join()}|${[...cal.workdays].sort().join()}`;

export type OpenClock = { orgId: string; overdue: boolean; daysLeft: number | null };

/**
 * The open requests of the bodies `orgIds` (null: of the whole platform) with their clocks as of `today`; ledgers
 * are read only for clocks not remembered.
 */
export async function openClocks(today: string, orgIds: string[] | null = null): Promise<OpenClock[]> {
  const [open, cal] = await Promise.all([
    db.disclosureRequest.findMany({
      where: { status: { not: "closed" }, ...(orgIds ? { orgId: { in: orgIds } } : {}) },
      select: { id: true, orgId: true, version: true },
    }),
    loadCalendar(),
  ]);
  const calendar = calendarKey(cal);
  const stale = open.filter((r) => {
    const known = remembered.get(r.id);
    return !known || known.version !== r.version || known.calendar !== calendar;
  });
  if (stale.length > 0) {
    // The version read with the ledger is the one remembered: a change between the two reads is re-derived next time.
    for (const row of await loadLedgers(db, { where: { id: { in: stale.map((r) => r.id) } }, select: { id: true, orgId: true, version: true } })) {
      remembered.set(row.id, { orgId: row.orgId, version: row.version, calendar, clock: computeClock(row.ledger, cal) });
    }
  }
  // Closed (or deleted) requests of the bodies read are forgotten, so the map stays the size of the open set.
  const openIds = new Set(open.map((r) => r.id));
  const read = orgIds && new Set(orgIds);
  for (const [id, known] of remembered) if (!openIds.has(id) && (!read || read.has(known.orgId))) remembered.delete(id);
  return open.flatMap((r) => {
    const known = remembered.get(r.id);
    if (!known) return []; // closed between the two reads
    return [{ orgId: r.orgId, overdue: isOverdue(known.clock, today), daysLeft: workingDaysLeft(known.clock, today, cal) }];
  });
}
