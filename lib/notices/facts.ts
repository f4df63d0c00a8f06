// What the records say that a notice needs: the request, its ledger's latest steps and the clock's dates.

import { addWorkingDays, type Calendar } from "@/lib/calendar/working-days";
import type { Clock } from "@/lib/requests/clock";
import { todayInChina } from "@/lib/dates";
import type { LedgerEvent } from "@/lib/requests/events";
import { describeQuote, quoteFee, type FeeQuote } from "@/lib/requests/fee-rules";
import { FEE_PAYMENT_DAYS } from "@/lib/requests/periods";
import { isLetterCode, reviewBodyOf, type LetterCode } from "./legal";
import type { NoticeFacts } from "./templates";

type Org = { name: string; kind: string; officeName: string | null; address: string | null; phone: string | null; parent: { name: string; kind: string } | null };

export type NoticeSource = {
  org: Org;
  request: { number: string; applicantName: string; description: string; submittedAt: Date; receivedOn: string | null; outcome: string | null; closedOn: string | null };
  events: readonly (LedgerEvent | { kind: string; on: string; detail: null })[];
  clock: Clock;
  cal: Calendar;
};

/** The last recorded event of a kind, typed by its kind. */
function last<K extends LedgerEvent["kind"]>(events: NoticeSource["events"], kind: K) {
  return events.findLast((e): e is Extract<LedgerEvent, { kind: K }> => e.kind === kind);
}

/** What the clerk picked on the notice page: the 答复书 of an outcome, a fee computed by the calculator. */
export type NoticeChoices = { letter?: LetterCode | null; quote?: FeeQuote | null };

const count = (value: string | undefined) => (value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : null);

/** The notice page's query (?letter=, and the calculator's ?basis=&units=&before=); anything malformed is ignored. */
export function readChoices(query: Record<string, string | undefined>): NoticeChoices {
  const letter = query.letter && isLetterCode(query.letter) ? query.letter : null;
  const basis = query.basis === "per_item" || query.basis === "per_page" ? query.basis : null;
  const units = count(query.units);
  let quote: FeeQuote | null = null;
  try {
    if (basis && units !== null) quote = quoteFee(basis, units, basis === "per_item" ? (count(query.before) ?? 0) : 0);
  } catch {
    quote = null; // out of range: the calculator says nothing rather than a wrong amount
  }
  return { letter, quote };
}

/**
 * The facts of a request's notices, dated today. `letter` picks the 答复书 (by default the request's outcome);
 * the fee is the one recorded (`fee_notice`), else the calculator's quote.
 */
export function noticeFactsOf(source: NoticeSource, { letter = null, quote = null }: NoticeChoices = {}, today = todayInChina()): NoticeFacts {
  const { org, request, events, clock, cal } = source;
  const correction = last(events, "correction_sent");
  const extension = last(events, "extension_approved");
  const consultation = last(events, "consultation_start");
  const fee = last(events, "fee_notice");
  const reply = last(events, "reply_sent");
  const outcome = letter ?? (request.outcome && isLetterCode(request.outcome) ? request.outcome : null);
  return {
    org: { name: org.name, officeName: org.officeName, address: org.address, phone: org.phone },
    reviewBody: reviewBodyOf(org),
    request: { ...request, submittedOn: todayInChina(request.submittedAt) },
    dueOn: clock.dueOn,
    correction: correction ? { items: correction.detail.items ?? null, deadline: correction.detail.deadline ?? null } : null,
    // The deadline after the extension: the one in force (the clock already counts the extension).
    extension: extension ? { days: extension.detail.days ?? 0, dueOn: clock.dueOn ?? clock.dueOnAtReply } : null,
    consultation: consultation ? { party: consultation.detail.party ?? null } : null,
    fee:
      fee && fee.detail.amountFen !== undefined
        ? { basis: fee.detail.basis ?? "", amountFen: fee.detail.amountFen, quantity: null, payBy: addWorkingDays(fee.on, FEE_PAYMENT_DAYS, cal) }
        : quote
          ? { basis: quote.basis, amountFen: quote.fen, quantity: describeQuote(quote).join("；"), payBy: addWorkingDays(today, FEE_PAYMENT_DAYS, cal) }
          : null,
    reply: outcome ? { letter: outcome, reason: reply?.detail.reason ?? null } : null,
    on: today,
  };
}
