/**
 * A disclosure request's clock, derived from its append-only event ledger (RequestEvent) and the working-day
 * calendar. Nothing here is stored: re-derive whenever an event is appended or the calendar changes.
 *
 * Rules (《政府信息公开条例》):
 * - 第三十三条: answer within 20 working days of receipt (day 1 = the first working day after the receipt date,
 *   see lib/calendar/working-days.ts). One extension of at most 20 working days, approved by the head of the
 *   政府信息公开工作机构 and notified to the applicant.
 * - 第三十条: a 补正 notice is due within 7 working days of receipt and is given once ("一次性"). The answer period
 *   then runs from the day the corrected application is received: it RESTARTS (20 full working days), it does
 *   not resume. While the agency waits for the correction there is no running answer deadline.
 * - 第三十三条第三款 (with 第三十二条, 第三十四条): time spent consulting a third party or another agency is not
 *   counted. Reading adopted here [M]: every working day from the day consultation starts to the day it ends,
 *   both inclusive ("自发出征求意见书之日起至收到意见之日止"), is skipped when counting, so a consultation inside
 *   the period pushes the deadline by the number of working days it covered; while one is open the clock is
 *   paused. A consultation begun after the deadline had already passed does not revive it.
 * - 信息处理费 (条例第四十二条, 国办函〔2020〕109号) [M: 109号 第七条 as we recall it, not verified in the spec]: the
 *   fee notice is sent within the answer period; the time from the notice to the payment is not counted (handled
 *   exactly like a consultation: a pause, both ends inclusive); the applicant has 20 working days to pay, after
 *   which the request may be closed as other.unpaid_fee.
 * - reply_sent ends the clock.
 *
 * This file is the working-day arithmetic and the fold over the ledger; what each kind of event means (its rule,
 * its effect on the state below, its line in the explanation) is its entry in the registry, events.ts.
 * Events are taken in ledger order, stably sorted by their legal date `on`. An event that validateNextEvent would
 * have refused is skipped and reported in `problems`, so a bad row never silently moves a deadline.
 */


import { addWorkingDays, workingDaysBetween, type Calendar } from "@/lib/calendar/working-days";
import { isIsoDate } from "@/lib/dates";
import { definitionOf, readEvent, type LedgerEvent } from "./events";
import { ANSWER_PERIOD_DAYS, CONSULTATION_REPLY_DAYS, CORRECTION_NOTICE_DAYS, FEE_PAYMENT_DAYS } from "./periods";

/** A RequestEvent row (or the parts of it the clock needs). `detail` is the JSON string or its parsed object. */
export interface ClockEvent {
  kind: string;
  on: string;
  detail?: string | Record<string, unknown> | null;
}

export type ClockStatus =
  | "not_received" // no `received` event yet
  | "running" // the answer period is running
  | "awaiting_correction" // 补正 notice sent, correction not yet received: no running deadline
  | "paused" // a consultation is open, or a fee notice is waiting for payment
  | "closed"; // replied

export interface Clock {
  status: ClockStatus;
  receivedOn: string | null;
  /** The day the current 20-day period counts from: receipt, or receipt of the correction. */
  startedOn: string | null;
  /** The current answer deadline; null when closed, paused, awaiting correction or not received. */
  dueOn: string | null;
  /** receipt + 7 working days (第三十条); null before receipt. */
  correctionNoticeDueOn: string | null;
  /** A consultation is open, or a fee is awaited, and this has stopped the clock. */
  paused: boolean;
  /** What the open pause waits for (whether or not it stopped the clock); null when nothing is open. */
  waitingFor: PauseKind | null;
  /** While a fee notice is unpaid: the last day to pay (notice + 20 working days). */
  feeDueOn: string | null;
  /** While paused: working days of the period still left. Otherwise null. */
  remainingWorkingDays: number | null;
  /** Working days added by the extension (0 if none). */
  extensionDays: number;
  /** Working days skipped for consultations so far. */
  excludedWorkingDays: number;
  repliedOn: string | null;
  /** The deadline in force on the day of the reply. */
  dueOnAtReply: string | null;
  /** Whether the reply came after the deadline in force; null until replied (or if no deadline was running). */
  repliedLate: boolean | null;
  /** Plain-Chinese explanation, one line per step. */
  steps: string[];
  /** Ledger events that were skipped because they break the rules (each with the reason). */
  problems: string[];
}

// ---------------------------------------------------------------------------------------------------------
// The state the registry's entries move, shared by the validator and the clock.

export type PauseKind = "consultation" | "fee";

/** A span the answer period does not count: a consultation, or the wait for a fee. Spans never overlap. */
export interface Pause {
  kind: PauseKind;
  from: string;
  to: string | null;
  label: string;
}

export interface State {
  receivedOn: string | null;
  startedOn: string | null;
  correctionSentOn: string | null;
  correctionReceivedOn: string | null;
  pauses: Pause[];
  feeNoticeOn: string | null;
  extensionDays: number;
  extensionOn: string | null;
  repliedOn: string | null;
  /** The deadline in force on the day of the reply (an open pause counted up to it). */
  dueOnAtReply: string | null;
  /** The latest date of a clock event (events placed "aside" excluded). */
  lastOn: string | null;
}

export interface Due {
  dueOn: string | null;
  /** Working days still to count when the walk hit an open consultation. */
  remaining: number | null;
  /** Working days skipped, per pause (same order as state.pauses). */
  skipped: number[];
}

/** What a registry entry sees while the ledger is folded. */
export interface Fold {
  state: State;
  /** The pause still open (a consultation, the wait for a fee), if any. */
  open(): Pause | undefined;
  /** The answer deadline the state gives, an open pause taken as ended on `closeOpenOn`; null without a calendar. */
  due(closeOpenOn?: string): Due | null;
}

/** What an entry's explanation may use, once the event is applied. */
export interface Narration extends Fold {
  cal: Calendar;
  due(): Due;
  /** "3月1日", with the year when it differs from the request's receipt year. */
  date(day: string): string;
  /** "截止…", or while a pause holds the clock "…期间期限暂停，剩余n个工作日". */
  dueText(due: Due): string;
}

function startFold(cal: Calendar | undefined): Fold {
  const state: State = {
    receivedOn: null,
    startedOn: null,
    correctionSentOn: null,
    correctionReceivedOn: null,
    pauses: [],
    feeNoticeOn: null,
    extensionDays: 0,
    extensionOn: null,
    repliedOn: null,
    dueOnAtReply: null,
    lastOn: null,
  };
  return {
    state,
    open() {
      const last = state.pauses[state.pauses.length - 1];
      return last && last.to === null ? last : undefined;
    },
    due: (closeOpenOn) => (cal ? computeDue(state, cal, closeOpenOn) : null),
  };
}

/**
 * Walk the working days after the start, skipping those inside pauses, until the allowance
 * (20 + extension) is used up. `closeOpenOn` treats an open pause as ended that day (used at reply).
 */
function computeDue(state: State, cal: Calendar, closeOpenOn?: string): Due {
  const skipped = state.pauses.map(() => 0);
  if (state.startedOn === null) return { dueOn: null, remaining: null, skipped };
  const allowance = ANSWER_PERIOD_DAYS + state.extensionDays;
  const spans = state.pauses.map((c) => ({ from: c.from, to: c.to ?? closeOpenOn ?? null }));
  let d = state.startedOn;
  let counted = 0;
  let guard = 0;
  while (counted < allowance) {
    if (++guard > 366 * 20) return { dueOn: null, remaining: allowance - counted, skipped };
    d = addWorkingDays(d, 1, cal); // next working day
    const i = spans.findIndex((s) => d >= s.from && (s.to === null || d <= s.to));
    if (i >= 0) {
      if (spans[i].to === null) return { dueOn: null, remaining: allowance - counted, skipped };
      skipped[i]++;
      continue;
    }
    counted++;
  }
  return { dueOn: d, remaining: null, skipped };
}

/** Why `event` may not come next on the folded ledger, or null. The place is checked here, the rest by its entry. */
function refusal(fold: Fold, kind: string, event: LedgerEvent | null): string | null {
  if (event === null) return `未知的事件类型：${kind}`;
  if (!isIsoDate(event.on)) return `事件日期无效（应为YYYY-MM-DD）：${String(event.on)}`;
  const definition = definitionOf(event.kind);
  const { state } = fold;
  if (definition.place === "open") {
    if (state.receivedOn === null) return "尚未登记收到申请";
    if (state.repliedOn !== null) return "申请已答复，答复期限已结束";
    if (state.lastOn !== null && event.on < state.lastOn) return `事件日期（${event.on}）不得早于上一事件日期（${state.lastOn}）`;
  }
  return definition.check(fold, event);
}

function applyEvent(fold: Fold, event: LedgerEvent): void {
  const definition = definitionOf(event.kind);
  if (definition.place !== "aside") fold.state.lastOn = event.on;
  definition.apply(fold, event);
}

function sortedByDate(events: readonly ClockEvent[]): ClockEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.on < b.event.on ? -1 : a.event.on > b.event.on ? 1 : a.index - b.index))
    .map((x) => x.event);
}

/** Folds the ledger into `folded`, skipping what the rules refuse; `each` hears of every event, taken or refused. */
function replay(
  folded: Fold,
  events: readonly ClockEvent[],
  each?: (raw: ClockEvent, taken: LedgerEvent | null, problem: string | null) => void,
): Fold {
  for (const raw of sortedByDate(events)) {
    const event = readEvent(raw);
    const problem = refusal(folded, raw.kind, event);
    const taken = problem === null ? event : null;
    if (taken) applyEvent(folded, taken);
    each?.(raw, taken, problem);
  }
  return folded;
}

/**
 * Whether `next` may be appended to the ledger `events`: null if it may, otherwise the reason in Chinese.
 * Rejects, among others: a second 补正 notice, an extension over 20 working days, a second extension,
 * events before receipt or after the reply, and dates earlier than the last event. Pass the calendar to also
 * reject an extension approved after the deadline has passed.
 */
export function validateNextEvent(events: readonly ClockEvent[], next: ClockEvent, cal?: Calendar): string | null {
  return refusal(replay(startFold(cal), events), next.kind, readEvent(next));
}

/** Chinese date for steps: "3月1日", with the year when it differs from the request's receipt year. */
function fmt(date: string, receivedOn: string | null): string {
  const [y, m, d] = date.split("-").map(Number);
  return receivedOn !== null && Number(receivedOn.slice(0, 4)) === y ? `${m}月${d}日` : `${y}年${m}月${d}日`;
}

/** Derive the request's deadlines and a plain-Chinese explanation from its event ledger. */
export function computeClock(events: readonly ClockEvent[], cal: Calendar): Clock {
  const folded = startFold(cal);
  const { state } = folded;
  const date = (day: string) => fmt(day, state.receivedOn);
  const narration: Narration = {
    ...folded,
    cal,
    due: () => computeDue(state, cal),
    date,
    dueText: (due) =>
      due.dueOn !== null
        ? `截止${date(due.dueOn)}`
        : `${folded.open()?.kind === "fee" ? "等待缴费" : "征求意见"}期间期限暂停，剩余${due.remaining}个工作日`,
  };
  const steps: string[] = [];
  const problems: string[] = [];
  replay(folded, events, (raw, taken, problem) => {
    if (taken) steps.push(...definitionOf(taken.kind).step(narration, taken));
    else problems.push(`${raw.on} ${raw.kind}：${problem}`);
  });

  const open = state.repliedOn === null ? folded.open() : undefined;
  const due = computeDue(state, cal);
  const paused = open !== undefined && due.dueOn === null && state.startedOn !== null;
  if (open) {
    // While a consultation is open the clerk needs the other side's deadline (第三十二条, 第三十四条): it runs
    // from the day they receive the letter, which the ledger does not know, so show it as if received that day.
    const reply =
      open.kind === "consultation"
        ? `；对方应自收到征求意见书之日起${CONSULTATION_REPLY_DAYS}个工作日内提出意见（当日收到则至${date(addWorkingDays(open.from, CONSULTATION_REPLY_DAYS, cal))}）`
        : "";
    steps.push(
      paused
        ? `${open.label} ${date(open.from)}起（进行中，期限暂停，剩余${due.remaining}个工作日${reply}）`
        : `${open.label} ${date(open.from)}起（进行中；答复期限此前已届满，不影响期限${reply}）`,
    );
  }

  let status: ClockStatus;
  if (state.receivedOn === null) status = "not_received";
  else if (state.repliedOn !== null) status = "closed";
  else if (state.startedOn === null) status = "awaiting_correction";
  else if (paused) status = "paused";
  else status = "running";

  const dueOnAtReply = state.repliedOn !== null ? state.dueOnAtReply : null;
  return {
    status,
    receivedOn: state.receivedOn,
    startedOn: state.startedOn,
    dueOn: status === "running" ? due.dueOn : null,
    correctionNoticeDueOn: state.receivedOn !== null ? addWorkingDays(state.receivedOn, CORRECTION_NOTICE_DAYS, cal) : null,
    paused,
    waitingFor: open?.kind ?? null,
    feeDueOn: open?.kind === "fee" && state.feeNoticeOn ? addWorkingDays(state.feeNoticeOn, FEE_PAYMENT_DAYS, cal) : null,
    remainingWorkingDays: paused ? due.remaining : null,
    extensionDays: state.extensionDays,
    excludedWorkingDays: due.skipped.reduce((a, b) => a + b, 0),
    repliedOn: state.repliedOn,
    dueOnAtReply,
    repliedLate: dueOnAtReply !== null ? (state.repliedOn as string) > dueOnAtReply : null,
    steps,
    problems,
  };
}

/** Whether the running deadline has passed on `today` (YYYY-MM-DD, China time — see todayInChina in lib/dates). */
export function isOverdue(clock: Clock, today: string): boolean {
  return clock.status === "running" && clock.dueOn !== null && today > clock.dueOn;
}

/**
 * Working days from `today` to the running deadline: positive = days left (1 = due on the next working day,
 * 0 = due today or nothing left), negative = working days overdue. Null when no deadline is running.
 */
export function workingDaysLeft(clock: Clock, today: string, cal: Calendar): number | null {
  if (clock.status !== "running" || clock.dueOn === null) return null;
  return workingDaysBetween(today, clock.dueOn, cal);
}
