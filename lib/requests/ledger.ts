import type { Prisma } from "@/lib/generated/prisma/client";
import type { Calendar } from "@/lib/calendar/working-days";
import { validateNextEvent, type ClockEvent } from "./clock";
import { EVENT_KINDS, definitionOf, readEvent, type EventKind, type LedgerEvent } from "./events";

type RequestLedger = { receivedOn: string | null; closedOn: string | null; outcome: string | null; events: readonly ClockEvent[] };

/**
 * The ledger the clock reads. Requests imported from another system (lib/interchange) carry only their
 * receipt and closing dates, no events: those dates stand in for the missing `received` and `reply_sent` (a
 * withdrawal closes a request too, without a reply).
 */
export function ledgerOf(request: RequestLedger): ClockEvent[] {
  const events = [...request.events];
  if (request.receivedOn && !events.some((e) => e.kind === "received")) events.unshift({ kind: "received", on: request.receivedOn });
  if (request.closedOn && !events.some((e) => e.kind === "reply_sent" || e.kind === "withdrawn")) {
    events.push({ kind: "reply_sent", on: request.closedOn, detail: { outcome: request.outcome } });
  }
  return events;
}

/** The steps a clerk can record today, i.e. the ones the rules of the 条例 would accept now. */
export function availableSteps(events: readonly ClockEvent[], cal: Calendar, today: string): EventKind[] {
  return EVENT_KINDS.filter((kind) => {
    const form = definitionOf(kind).form;
    return form !== null && validateNextEvent(events, { kind, on: today, detail: form.sample as ClockEvent["detail"] }, cal) === null;
  });
}

// The request's fields the ledger needs, and its events in the order they were recorded (the clock then takes
// them by legal date, stably).
const LEDGER = {
  receivedOn: true,
  closedOn: true,
  outcome: true,
  events: {
    select: { kind: true, on: true, detail: true, actorId: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.DisclosureRequestSelect;

type LedgerRow = Prisma.DisclosureRequestGetPayload<{ select: typeof LEDGER }>;
type Selected<S extends Prisma.DisclosureRequestSelect> = Prisma.DisclosureRequestGetPayload<{ select: S }>;

/** A row of a kind the registry does not know: kept, so the history shows it and the clock reports it. */
type UnknownEvent = { kind: string; on: string; detail: null };

/** A recorded event: the registry's reading of its detail, who recorded it and when. */
export type RecordedEvent = (LedgerEvent | UnknownEvent) & { actorId: string | null; createdAt: Date };

export type WithLedger<S extends Prisma.DisclosureRequestSelect> = Omit<Selected<S>, "events"> &
  Omit<LedgerRow, "events"> & {
    /** The recorded events (the clerk's history). */
    events: RecordedEvent[];
    /** What the clock reads: the events, with the stand-ins of an imported request (`ledgerOf`). */
    ledger: ClockEvent[];
  };

type LedgerClient = { disclosureRequest: Pick<Prisma.TransactionClient["disclosureRequest"], "findMany"> };

/**
 * The one place a request's ledger is read: the requests matching `where` (at most `take`), with the fields of
 * `select` and their ledgers, every event read once by the registry. Callers keep their `where` narrow (the open
 * requests, one year's caseload, one request): deadlines are derived, so this is where the rows are paid for.
 */
export async function loadLedgers<S extends Prisma.DisclosureRequestSelect>(
  client: LedgerClient,
  query: { where: Prisma.DisclosureRequestWhereInput; select: S; take?: number },
): Promise<WithLedger<S>[]> {
  // Prisma's payload type of a select built from a type parameter stays unresolved; the row is what it selects.
  const rows = (await client.disclosureRequest.findMany({ ...query, select: { ...query.select, ...LEDGER } })) as unknown as (Selected<S> &
    LedgerRow)[];
  return rows.map((row) => {
    const events = row.events.map(({ actorId, createdAt, ...raw }): RecordedEvent => {
      const event = readEvent(raw) ?? { kind: raw.kind, on: raw.on, detail: null };
      return { ...event, actorId, createdAt };
    });
    const { receivedOn, closedOn, outcome } = row;
    return { ...row, events, ledger: ledgerOf({ receivedOn, closedOn, outcome, events }) };
  });
}
