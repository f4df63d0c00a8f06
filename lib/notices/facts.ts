// What the records say that a notice needs: the request, its ledger's latest steps and the clock's dates.

import { addWorkingDays, type Calendar } from "@/lib/calendar/working-days";
import type { Clock } from "@/lib/requests/clock";
import { todayInChina } from "@/lib/dates";
import type { LedgerEvent } from "@/lib/requests/events";
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

/**
 * The facts of a request's notices. `letter` picks the 答复书 (by default the request's outcome); `on` is the
 * notice's date, today unless the step it reports is recorded (then that step's day).
 */
export function noticeFactsOf(source: NoticeSource, letter: LetterCode | null, today = todayInChina()): NoticeFacts {
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
        : null,
    reply: outcome ? { letter: outcome, reason: reply?.detail.reason ?? null } : null,
    on: today,
  };
}
