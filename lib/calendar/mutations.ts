// No "server-only" here: scripts/db-setup.ts loads the shipped calendar through loadShippedCalendar.
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/roles";
import { recordCalendarChange } from "@/lib/requests/recompute";
import { loadCalendar, missingShippedDays } from "./queries";
import { CALENDAR_KINDS, type CalendarDayInput } from "./schemas";

/**
 * Loads the shipped holiday data into CalendarDay: inserts only dates not there yet, so running it again changes
 * nothing and an admin's correction is never overwritten. Open requests whose deadline moves get a
 * calendar_changed event. Returns how many days were inserted.
 */
export async function loadShippedCalendar(): Promise<number> {
  return db.$transaction(async (tx) => {
    const missing = await missingShippedDays(tx);
    if (missing.length === 0) return 0;
    const before = await loadCalendar(tx);
    await tx.calendarDay.createMany({ data: missing.map(({ date, kind, name, source }) => ({ date, kind, name, source })) });
    const affected = await recordCalendarChange(tx, before, await loadCalendar(tx), { note: "载入国务院办公厅节假日安排" }, null);
    await audit(null, { action: "calendar.load", entity: "CalendarDay", after: { inserted: missing.length, requests: affected } }, tx);
    return missing.length;
  });
}

/** An admin adds or corrects one day; open requests whose deadline moves record it in their history. */
export async function setCalendarDay(user: SessionUser, input: CalendarDayInput) {
  return db.$transaction(async (tx) => {
    const previous = await tx.calendarDay.findUnique({ where: { date: input.date } });
    const before = await loadCalendar(tx);
    const data = { kind: input.kind, name: input.name, source: input.source };
    const saved = await tx.calendarDay.upsert({ where: { date: input.date }, create: { date: input.date, ...data }, update: data });
    const note = `${input.date} 改为${CALENDAR_KINDS[input.kind]}（${input.source}）`;
    const affected = await recordCalendarChange(tx, before, await loadCalendar(tx), { date: input.date, note }, user.id);
    await audit(
      user,
      {
        action: previous ? "calendar.update" : "calendar.create",
        entity: "CalendarDay",
        entityId: input.date,
        before: previous ?? undefined,
        after: { ...saved, requests: affected },
      },
      tx,
    );
    return { affected };
  });
}
