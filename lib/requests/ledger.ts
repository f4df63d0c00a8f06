import type { Calendar } from "@/lib/calendar/working-days";
import { REQUEST_EVENT_KINDS, validateNextEvent, type ClockEvent, type RequestEventKind } from "./clock";

type RequestLedger = { receivedOn: string | null; closedOn: string | null; outcome: string | null; events: ClockEvent[] };

/**
 * The ledger the clock reads. Requests imported from another system (lib/interchange) carry only their
 * receipt and closing dates, no events: those dates stand in for the missing `received` and `reply_sent`.
 */
export function ledgerOf(request: RequestLedger): ClockEvent[] {
  const events = [...request.events];
  if (request.receivedOn && !events.some((e) => e.kind === "received")) events.unshift({ kind: "received", on: request.receivedOn });
  if (request.closedOn && !events.some((e) => e.kind === "reply_sent")) {
    events.push({ kind: "reply_sent", on: request.closedOn, detail: { outcome: request.outcome } });
  }
  return events;
}

/** The steps a clerk can record today, i.e. the ones the rules of the 条例 would accept now. */
export function availableSteps(events: readonly ClockEvent[], cal: Calendar, today: string): RequestEventKind[] {
  // Details only where the rule looks at them: an extension must name its (valid) number of days.
  const sample: Partial<Record<RequestEventKind, Record<string, unknown>>> = { extension_approved: { days: 1 } };
  return REQUEST_EVENT_KINDS.filter(
    (kind) => kind !== "note" && kind !== "calendar_changed" && validateNextEvent(events, { kind, on: today, detail: sample[kind] }, cal) === null,
  );
}
