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
 * Events are taken in ledger order, stably sorted by their legal date `on`. An event that validateNextEvent would
 * have refused is skipped and reported in `problems`, so a bad row never silently moves a deadline.
 */

import { addWorkingDays, workingDaysBetween, type Calendar } from "@/lib/calendar/working-days";
import { OUTCOMES, type Outcome } from "./codes";

export const REQUEST_EVENT_KINDS = [
  "received",
  "correction_sent",
  "correction_received",
  "consultation_start",
  "consultation_end",
  "extension_approved",
  "fee_notice",
  "fee_paid",
  "reply_sent",
  "calendar_changed",
  "note",
] as const;
export type RequestEventKind = (typeof REQUEST_EVENT_KINDS)[number];

/** 第三十三条: answer period, working days. */
export const ANSWER_PERIOD_DAYS = 20;
/** 第三十条: 补正 notice due within this many working days of receipt. */
export const CORRECTION_NOTICE_DAYS = 7;
/** 第三十三条: the one extension is at most this many working days. */
export const MAX_EXTENSION_DAYS = 20;
/** 第三十二条, 第三十四条: the consulted party answers within this many working days of receiving the letter. */
export const CONSULTATION_REPLY_DAYS = 15;
/** 109号 [M]: the applicant pays within this many working days of the fee notice. */
export const FEE_PAYMENT_DAYS = 20;

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
// State machine shared by the validator and the clock.

export type PauseKind = "consultation" | "fee";

/** A span the answer period does not count: a consultation, or the wait for a fee. Spans never overlap. */
interface Pause {
  kind: PauseKind;
  from: string;
  to: string | null;
  label: string;
}

interface State {
  receivedOn: string | null;
  startedOn: string | null;
  correctionSentOn: string | null;
  correctionReceivedOn: string | null;
  pauses: Pause[];
  feeNoticeOn: string | null;
  extensionDays: number;
  extensionOn: string | null;
  repliedOn: string | null;
  /** The latest date of a clock event (notes and calendar changes excluded). */
  lastOn: string | null;
}

function emptyState(): State {
  return {
    receivedOn: null,
    startedOn: null,
    correctionSentOn: null,
    correctionReceivedOn: null,
    pauses: [],
    feeNoticeOn: null,
    extensionDays: 0,
    extensionOn: null,
    repliedOn: null,
    lastOn: null,
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

function parseDetail(detail: ClockEvent["detail"]): Record<string, unknown> {
  if (detail == null || detail === "") return {};
  if (typeof detail === "object") return detail;
  try {
    const value: unknown = JSON.parse(detail);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function openPause(state: State): Pause | undefined {
  const last = state.pauses[state.pauses.length - 1];
  return last && last.to === null ? last : undefined;
}

function consultationLabel(detail: Record<string, unknown>): string {
  if (detail.with === "agency") return "征求其他机关意见";
  return "征求第三方意见";
}

/** Chinese date for steps: "3月1日", with the year when it differs from the request's receipt year. */
function fmt(date: string, baseYear: number | null): string {
  const [y, m, d] = date.split("-").map(Number);
  return baseYear === y ? `${m}月${d}日` : `${y}年${m}月${d}日`;
}

interface Due {
  dueOn: string | null;
  /** Working days still to count when the walk hit an open consultation. */
  remaining: number | null;
  /** Working days skipped, per pause (same order as state.pauses). */
  skipped: number[];
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

/** Why `next` may not be appended to a ledger whose state is `state`; null if it may. */
function check(state: State, next: ClockEvent, cal: Calendar | undefined): string | null {
  if (!(REQUEST_EVENT_KINDS as readonly string[]).includes(next.kind)) return `未知的事件类型：${next.kind}`;
  if (!isIsoDate(next.on)) return `事件日期无效（应为YYYY-MM-DD）：${String(next.on)}`;
  if (next.kind === "note" || next.kind === "calendar_changed") return null;

  if (next.kind === "received") {
    return state.receivedOn === null ? null : "已登记收到申请，不能重复登记";
  }
  if (state.receivedOn === null) return "尚未登记收到申请";
  if (state.repliedOn !== null) return "申请已答复，答复期限已结束";
  if (state.lastOn !== null && next.on < state.lastOn) {
    return `事件日期（${next.on}）不得早于上一事件日期（${state.lastOn}）`;
  }
  const detail = parseDetail(next.detail);
  const open = openPause(state);
  const awaiting = state.correctionSentOn !== null && state.correctionReceivedOn === null;
  const busy = open ? (open.kind === "fee" ? "正在等待缴纳信息处理费" : "征求意见进行中") : null;

  switch (next.kind) {
    case "correction_sent":
      if (state.correctionSentOn !== null) return "补正通知应一次性告知（第三十条），不能再次发出";
      if (state.extensionOn !== null) return "已延长答复期限，不能再发出补正通知";
      if (busy) return `${busy}，不能发出补正通知`;
      if (detail.deadline !== undefined && !(isIsoDate(detail.deadline) && detail.deadline >= next.on)) {
        return "补正期限应为不早于通知日期的有效日期";
      }
      return null;
    case "correction_received":
      if (state.correctionSentOn === null) return "未发出补正通知，不能登记收到补正";
      if (state.correctionReceivedOn !== null) return "已登记收到补正，不能重复登记";
      return null;
    case "consultation_start":
      if (open?.kind === "consultation") return "已有进行中的征求意见，请先登记其结束";
      if (busy) return `${busy}，不能征求意见`;
      if (awaiting) return "正在等待申请人补正，不能征求意见";
      return null;
    case "consultation_end":
      if (open?.kind !== "consultation") return "没有进行中的征求意见";
      return null;
    case "fee_notice": {
      if (state.feeNoticeOn !== null) return "已发出收费通知，一件申请只发一次";
      if (busy) return `${busy}，不能发出收费通知`;
      if (awaiting) return "正在等待申请人补正，不能发出收费通知";
      if (cal) {
        const { dueOn } = computeDue(state, cal);
        if (dueOn !== null && next.on > dueOn) return `收费通知应在答复期限内发出，答复期限已于${dueOn}届满`;
      }
      return null;
    }
    case "fee_paid":
      if (open?.kind !== "fee") return "没有待缴纳的信息处理费";
      return null;
    case "extension_approved": {
      const days = detail.days;
      if (typeof days !== "number" || !Number.isInteger(days) || days < 1) return "延长期限应为正整数个工作日";
      if (days > MAX_EXTENSION_DAYS) return `延长的期限最长不得超过${MAX_EXTENSION_DAYS}个工作日（第三十三条）`;
      if (state.extensionOn !== null) return "答复期限只能延长一次";
      if (awaiting) return "正在等待申请人补正，答复期限尚未起算，不能延长";
      if (cal) {
        const { dueOn } = computeDue(state, cal);
        if (dueOn !== null && next.on > dueOn) return `答复期限已于${dueOn}届满，不能再延长`;
      }
      return null;
    }
    case "reply_sent":
      return null;
  }
  return null;
}

function apply(state: State, event: ClockEvent): void {
  const detail = parseDetail(event.detail);
  if (event.kind !== "note" && event.kind !== "calendar_changed") state.lastOn = event.on;
  switch (event.kind) {
    case "received":
      state.receivedOn = event.on;
      state.startedOn = event.on;
      break;
    case "correction_sent":
      state.correctionSentOn = event.on;
      state.startedOn = null; // the period will run from receipt of the correction
      break;
    case "correction_received":
      state.correctionReceivedOn = event.on;
      state.startedOn = event.on;
      break;
    case "consultation_start":
      state.pauses.push({ kind: "consultation", from: event.on, to: null, label: consultationLabel(detail) });
      break;
    case "fee_notice":
      state.feeNoticeOn = event.on;
      state.pauses.push({ kind: "fee", from: event.on, to: null, label: "等待缴纳信息处理费" });
      break;
    case "consultation_end":
    case "fee_paid": {
      const open = openPause(state);
      if (open) open.to = event.on;
      break;
    }
    case "extension_approved":
      state.extensionDays = detail.days as number;
      state.extensionOn = event.on;
      break;
    case "reply_sent":
      state.repliedOn = event.on;
      break;
  }
}

function sortedByDate(events: readonly ClockEvent[]): ClockEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.on < b.event.on ? -1 : a.event.on > b.event.on ? 1 : a.index - b.index))
    .map((x) => x.event);
}

function replay(events: readonly ClockEvent[], cal: Calendar | undefined): State {
  const state = emptyState();
  for (const event of sortedByDate(events)) if (check(state, event, cal) === null) apply(state, event);
  return state;
}

/**
 * Whether `next` may be appended to the ledger `events`: null if it may, otherwise the reason in Chinese.
 * Rejects, among others: a second 补正 notice, an extension over 20 working days, a second extension,
 * events before receipt or after the reply, and dates earlier than the last event. Pass the calendar to also
 * reject an extension approved after the deadline has passed.
 */
export function validateNextEvent(events: readonly ClockEvent[], next: ClockEvent, cal?: Calendar): string | null {
  return check(replay(events, cal), next, cal);
}

/** Derive the request's deadlines and a plain-Chinese explanation from its event ledger. */
export function computeClock(events: readonly ClockEvent[], cal: Calendar): Clock {
  const state = emptyState();
  const steps: string[] = [];
  const problems: string[] = [];
  let baseYear: number | null = null;
  const f = (date: string) => fmt(date, baseYear);
  const duePhrase = (due: Due) =>
    due.dueOn !== null
      ? `截止${f(due.dueOn)}`
      : `${openPause(state)?.kind === "fee" ? "等待缴费" : "征求意见"}期间期限暂停，剩余${due.remaining}个工作日`;
  let correctionNoticeDueOn: string | null = null;
  let dueOnAtReply: string | null = null;

  for (const event of sortedByDate(events)) {
    const problem = check(state, event, cal);
    if (problem !== null) {
      problems.push(`${event.on} ${event.kind}：${problem}`);
      continue;
    }
    const detail = parseDetail(event.detail);
    const wasOpen = openPause(state);
    if (event.kind === "reply_sent") dueOnAtReply = computeDue(state, cal, event.on).dueOn;
    apply(state, event);

    switch (event.kind) {
      case "received": {
        baseYear = Number(event.on.slice(0, 4));
        correctionNoticeDueOn = addWorkingDays(event.on, CORRECTION_NOTICE_DAYS, cal);
        const due = computeDue(state, cal);
        steps.push(`${f(event.on)} 收到申请 → 起算${ANSWER_PERIOD_DAYS}个工作日，${duePhrase(due)}`);
        break;
      }
      case "correction_sent": {
        let line = `${f(event.on)} 发出补正通知（一次性）`;
        if (isIsoDate(detail.deadline)) line += `，补正期限至${f(detail.deadline)}`;
        if (correctionNoticeDueOn !== null && event.on > correctionNoticeDueOn) {
          line += `；已超过${CORRECTION_NOTICE_DAYS}个工作日的告知期限（${f(correctionNoticeDueOn)}）`;
        }
        steps.push(`${line} → 答复期限自收到补正之日起重新计算`);
        break;
      }
      case "correction_received": {
        const due = computeDue(state, cal);
        steps.push(`${f(event.on)} 收到补正 → 重新起算${ANSWER_PERIOD_DAYS}个工作日，${duePhrase(due)}`);
        break;
      }
      case "fee_notice": {
        const amount = typeof detail.amountFen === "number" ? `${(detail.amountFen / 100).toFixed(2)}元` : "";
        steps.push(
          `${f(event.on)} 发出收费通知${amount ? `（${amount}）` : ""} → 缴费期限至${f(addWorkingDays(event.on, FEE_PAYMENT_DAYS, cal))}，等待缴费期间不计入答复期限`,
        );
        break;
      }
      case "consultation_end":
      case "fee_paid": {
        if (!wasOpen) break;
        const index = state.pauses.indexOf(wasOpen);
        const due = computeDue(state, cal);
        const n = due.skipped[index];
        const effect = n > 0 ? `不计入期限，顺延${n}个工作日` : "不计入期限；期间未占用期限内的工作日，期限不变";
        steps.push(`${wasOpen.label} ${f(wasOpen.from)}至${f(wasOpen.to as string)}（${effect}），${duePhrase(due)}`);
        break;
      }
      case "extension_approved": {
        const due = computeDue(state, cal);
        steps.push(`${f(event.on)} 延长答复期限${state.extensionDays}个工作日（经负责人同意），${duePhrase(due)}`);
        break;
      }
      case "reply_sent": {
        if (wasOpen) {
          steps.push(`${wasOpen.label} ${f(wasOpen.from)}起（答复时尚未登记结束，计至答复之日）`);
        }
        const outcome = typeof detail.outcome === "string" && detail.outcome in OUTCOMES ? OUTCOMES[detail.outcome as Outcome] : null;
        let line = `${f(event.on)} 已答复${outcome ? `：${outcome}` : ""}`;
        if (dueOnAtReply !== null && event.on > dueOnAtReply) {
          line += `（超过答复期限${f(dueOnAtReply)}，逾期${workingDaysBetween(dueOnAtReply, event.on, cal)}个工作日）`;
        }
        steps.push(line);
        break;
      }
      case "calendar_changed": {
        const change =
          isIsoDate(detail.from) && isIsoDate(detail.to) ? `，答复期限由${f(detail.from)}调整为${f(detail.to)}` : "，期限按现行日历重新计算";
        const day = isIsoDate(detail.date) ? `（${f(detail.date)}）` : "";
        steps.push(`${f(event.on)} 节假日安排调整${day}${change}`);
        break;
      }
    }
  }

  const open = state.repliedOn === null ? openPause(state) : undefined;
  const due = computeDue(state, cal);
  const paused = open !== undefined && due.dueOn === null && state.startedOn !== null;
  if (open) {
    // While a consultation is open the clerk needs the other side's deadline (第三十二条, 第三十四条): it runs
    // from the day they receive the letter, which the ledger does not know, so show it as if received that day.
    const reply =
      open.kind === "consultation"
        ? `；对方应自收到征求意见书之日起${CONSULTATION_REPLY_DAYS}个工作日内提出意见（当日收到则至${f(addWorkingDays(open.from, CONSULTATION_REPLY_DAYS, cal))}）`
        : "";
    steps.push(
      paused
        ? `${open.label} ${f(open.from)}起（进行中，期限暂停，剩余${due.remaining}个工作日${reply}）`
        : `${open.label} ${f(open.from)}起（进行中；答复期限此前已届满，不影响期限${reply}）`,
    );
  }

  let status: ClockStatus;
  if (state.receivedOn === null) status = "not_received";
  else if (state.repliedOn !== null) status = "closed";
  else if (state.startedOn === null) status = "awaiting_correction";
  else if (paused) status = "paused";
  else status = "running";

  const excludedWorkingDays = due.skipped.reduce((a, b) => a + b, 0);
  return {
    status,
    receivedOn: state.receivedOn,
    startedOn: state.startedOn,
    dueOn: status === "running" ? due.dueOn : null,
    correctionNoticeDueOn,
    paused,
    waitingFor: open?.kind ?? null,
    feeDueOn: open?.kind === "fee" && state.feeNoticeOn ? addWorkingDays(state.feeNoticeOn, FEE_PAYMENT_DAYS, cal) : null,
    remainingWorkingDays: paused ? due.remaining : null,
    extensionDays: state.extensionDays,
    excludedWorkingDays,
    repliedOn: state.repliedOn,
    dueOnAtReply: state.repliedOn !== null ? dueOnAtReply : null,
    repliedLate: state.repliedOn !== null && dueOnAtReply !== null ? state.repliedOn > dueOnAtReply : null,
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
