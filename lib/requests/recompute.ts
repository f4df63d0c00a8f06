// No "server-only" here: scripts/db-setup.ts calls this when it loads new holiday data.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Calendar } from "@/lib/calendar/working-days";
import { todayInChina } from "@/lib/dates";
import { computeClock } from "./clock";
import { loadLedgers } from "./ledger";

export type CalendarChange = { date?: string; note: string };

/**
 * Due dates are derived, so a calendar change moves them silently unless we say so: for every open request
 * whose answer deadline differs between the old and the new calendar, append a `calendar_changed` event
 * (old → new) to its ledger. Returns the numbers of the requests affected.
 */
export async function recordCalendarChange(
  tx: Prisma.TransactionClient,
  before: Calendar,
  after: Calendar,
  change: CalendarChange,
  actorId: string | null,
): Promise<string[]> {
  const open = await loadLedgers(tx, { where: { status: { not: "closed" }, receivedOn: { not: null } }, select: { id: true, number: true } });
  const today = todayInChina();
  const affected: string[] = [];
  for (const request of open) {
    const from = computeClock(request.ledger, before).dueOn;
    const to = computeClock(request.ledger, after).dueOn;
    if (from === to) continue;
    await tx.requestEvent.create({
      data: {
        requestId: request.id,
        kind: "calendar_changed",
        on: today,
        actorId,
        detail: JSON.stringify({ date: change.date, note: change.note, from, to }),
      },
    });
    await tx.disclosureRequest.update({ where: { id: request.id }, data: { version: { increment: 1 } } });
    affected.push(request.number);
  }
  return affected;
}
