import "server-only";
import { loadCalendar } from "@/lib/calendar/queries";
import type { Calendar } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_REQUEST_STATUSES } from "./codes";
import { computeClock, isOverdue, type Clock } from "./clock";
import { loadLedgers } from "./ledger";
import { dueSoonHorizon } from "./queries";

// Request clocks remembered per process, for the pages that need many at once: the oversight console (a province
// has ~800 open requests; deriving their clocks on every page cost ~80 ms of CPU) and the dashboard's deadline
// chart (an overseer's year of requests: ~1 s). A clock depends only on its request's ledger and the calendar, and
// every change to a request's ledger or fields bumps its `version` (appendEvent, recompute, the import) — so a
// clock is remembered under (id, version, calendar) and re-derived when any of them differs. Callers read the
// requests' (id, version) and the calendar afresh each time: a clock changed by any instance is never served stale
// once the change is committed. Only "today" is applied by the caller (overdue, days left).

type Remembered = { version: number; calendar: string; clock: Clock };
/** The least recently used clocks are forgotten beyond this many (a few hundred bytes each). */
const MAX_REMEMBERED = 50_000;
const remembered = new Map<string, Remembered>();

/** The calendar's identity: its exception days (a few hundred), so an edited calendar re-derives every clock. */
const calendarKey = (cal: Calendar) => `${[...cal.holidays].sort().join()}|${[...cal.workdays].sort().join()}`;

/** The clocks of the requests `rows` as they are now (their current version): remembered, or derived from their ledgers. */
export async function clocksOf(rows: readonly { id: string; version: number }[], cal: Calendar): Promise<Map<string, Clock>> {
  const calendar = calendarKey(cal);
  const stale = rows.filter((r) => {
    const known = remembered.get(r.id);
    return !known || known.version !== r.version || known.calendar !== calendar;
  });
  if (stale.length > 0) {
    // The version read with the ledger is the one remembered: a change between the two reads is re-derived next time.
    for (const row of await loadLedgers(db, { where: { id: { in: stale.map((r) => r.id) } }, select: { id: true, version: true } })) {
      remembered.delete(row.id);
      remembered.set(row.id, { version: row.version, calendar, clock: computeClock(row.ledger, cal) });
    }
  }
  const clocks = new Map<string, Clock>();
  for (const { id } of rows) {
    const known = remembered.get(id);
    if (!known) continue; // deleted between the two reads
    // Used again: moved to the end of the map's order, so the oldest entries are the least recently used.
    remembered.delete(id);
    remembered.set(id, known);
    clocks.set(id, known.clock);
  }
  for (const id of remembered.keys()) {
    if (remembered.size <= MAX_REMEMBERED) break;
    remembered.delete(id);
  }
  return clocks;
}

export type OpenClock = { orgId: string; overdue: boolean; dueSoon: boolean };

/** The open requests of the bodies `orgIds` (null: of the whole platform) with their clocks as of `today`. */
export async function openClocks(today: string, orgIds: string[] | null = null): Promise<OpenClock[]> {
  if (orgIds?.length === 0) return [];
  const [open, cal] = await Promise.all([
    // Raw: half the CPU of the same findMany for a province's 800 rows.
    db.$queryRaw<{ id: string; orgId: string; version: number }[]>`
      SELECT "id", "orgId", "version" FROM "DisclosureRequest"
      WHERE "status" IN (${Prisma.join(OPEN_REQUEST_STATUSES)})${orgIds ? Prisma.sql` AND "orgId" IN (${Prisma.join(orgIds)})` : Prisma.empty}`,
    loadCalendar(),
  ]);
  const clocks = await clocksOf(open, cal);
  const horizon = dueSoonHorizon(today, cal);
  return open.flatMap((r) => {
    const clock = clocks.get(r.id);
    if (!clock) return [];
    const overdue = isOverdue(clock, today);
    return [{ orgId: r.orgId, overdue, dueSoon: !overdue && clock.status === "running" && clock.dueOn !== null && clock.dueOn <= horizon }];
  });
}
