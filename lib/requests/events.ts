/**
 * Every kind of request event, in one registry: its detail schema, its name, the rule that admits it, what it does
 * to the clock, its line in the clock's explanation and its line in the clerk's history. The clock (clock.ts) is a
 * fold over the ledger that asks this registry about each event; it knows no kind by name. A new kind is one entry
 * here, plus its step form if a clerk records it (docs/ARCHITECTURE.md, "How to add a request event").
 */

import { z } from "zod";
import { addWorkingDays, workingDaysBetween } from "@/lib/calendar/working-days";
import { isIsoDate } from "@/lib/dates";
import type { ClockEvent, Fold, Narration, Pause, State } from "./clock";
import { CONSULTED_PARTIES, FEE_BASES, OUTCOMES, REQUEST_CHANNELS } from "./codes";
import { ANSWER_PERIOD_DAYS, CORRECTION_NOTICE_DAYS, FEE_PAYMENT_DAYS, MAX_EXTENSION_DAYS } from "./periods";

/** Where an event may stand in the ledger. */
type Place =
  | "first" // the receipt: once, before any other step
  | "open" // after the receipt and up to the reply, never dated before the step before it
  | "aside"; // notes and calendar changes: any day, even after the reply; they never move the clock

// D is inferred from the schema alone (NoInfer): a shared hook typed for any detail must not widen it.
type Dated<D> = { on: string; detail: NoInfer<D> };

// Hooks are written as methods: their parameters are then compared bivariantly, so the fold can hold every
// entry as EventDefinition<unknown> (it always hands an entry a detail read by that entry's own schema).
export interface EventDefinition<D> {
  /** The name in the clerk's history. */
  label: string;
  /** The event's `detail` JSON. Every field is optional and a field of the wrong type reads as absent. */
  detail: z.ZodType<D>;
  place: Place;
  /**
   * Recorded by a clerk with a step form (app/admin/requests/[id]/StepForms.tsx), which `availableSteps` offers
   * when the rules allow; `sample` is a detail the rule accepts, to ask it. Null for events the system writes.
   */
  form: { sample: NoInfer<D> } | null;
  /** Why the 条例 refuses this event now (its place already checked by the fold), or null. */
  check(fold: Fold, event: Dated<D>): string | null;
  /** What the event does to the clock's state. */
  apply(fold: Fold, event: Dated<D>): void;
  /** Its lines in the clock's explanation (clerk's page and /track), after it was applied. */
  step(n: Narration, event: Dated<D>): string[];
  /** Its recorded details in plain Chinese, for the clerk's history table ("" parts are dropped). */
  describe(detail: NoInfer<D>): string[];
}

const defineEvent = <D,>(definition: EventDefinition<D>) => definition;

const field = <T extends z.ZodType>(type: T) => type.optional().catch(undefined);
const text = field(z.string());
const nullableText = field(z.string().nullable());
const none = () => null;
const nothing = () => [];

const label = (set: Record<string, string>, code: string | null | undefined) => (code ? (set[code] ?? code) : "");
const yuan = (fen: number | undefined) => (fen === undefined ? "" : `${(fen / 100).toFixed(2)}元`);

/** What an open pause is waiting for, as the start of a refusal. */
function busy(open: Pause | undefined): string | null {
  if (!open) return null;
  return open.kind === "fee" ? "正在等待缴纳信息处理费" : "征求意见进行中";
}

const awaitingCorrection = (state: State) => state.correctionSentOn !== null && state.correctionReceivedOn === null;

/** Ends the open pause (a consultation, the wait for a fee) on the day of the event. */
function endPause(fold: Fold, { on }: { on: string }) {
  const open = fold.open();
  if (open) open.to = on;
}

/** The pause just ended: its span, the working days it pushed the deadline by, the deadline now. */
function pauseEnded(n: Narration): string[] {
  const index = n.state.pauses.length - 1;
  const pause = n.state.pauses[index];
  const due = n.due();
  const days = due.skipped[index];
  const effect = days > 0 ? `不计入期限，顺延${days}个工作日` : "不计入期限；期间未占用期限内的工作日，期限不变";
  return [`${pause.label} ${n.date(pause.from)}至${n.date(pause.to as string)}（${effect}），${n.dueText(due)}`];
}

/** A rule that must be met within the answer period: null while it runs (or when the calendar is not given). */
function afterDeadline(fold: Fold, on: string): string | null {
  const dueOn = fold.due()?.dueOn ?? null;
  return dueOn !== null && on > dueOn ? dueOn : null;
}

const EVENTS = {
  received: defineEvent({
    label: "收到申请",
    detail: z.object({ channel: text }),
    place: "first",
    form: { sample: {} },
    check: ({ state }) => (state.receivedOn === null ? null : "已登记收到申请，不能重复登记"),
    apply({ state }, { on }) {
      state.receivedOn = on;
      state.startedOn = on;
    },
    step: (n, { on }) => [`${n.date(on)} 收到申请 → 起算${ANSWER_PERIOD_DAYS}个工作日，${n.dueText(n.due())}`],
    describe: (d) => [d.channel ? `渠道：${label(REQUEST_CHANNELS, d.channel)}` : ""],
  }),

  correction_sent: defineEvent({
    label: "发出补正通知",
    detail: z.object({ items: text, deadline: text }),
    place: "open",
    form: { sample: {} },
    check(fold, { on, detail }) {
      if (fold.state.correctionSentOn !== null) return "补正通知应一次性告知（第三十条），不能再次发出";
      if (fold.state.extensionOn !== null) return "已延长答复期限，不能再发出补正通知";
      const waiting = busy(fold.open());
      if (waiting) return `${waiting}，不能发出补正通知`;
      if (detail.deadline !== undefined && !(isIsoDate(detail.deadline) && detail.deadline >= on)) {
        return "补正期限应为不早于通知日期的有效日期";
      }
      return null;
    },
    apply({ state }, { on }) {
      state.correctionSentOn = on;
      state.startedOn = null; // the period will run from receipt of the correction
    },
    step(n, { on, detail }) {
      let line = `${n.date(on)} 发出补正通知（一次性）`;
      if (detail.deadline && isIsoDate(detail.deadline)) line += `，补正期限至${n.date(detail.deadline)}`;
      const noticeDue = n.state.receivedOn && addWorkingDays(n.state.receivedOn, CORRECTION_NOTICE_DAYS, n.cal);
      if (noticeDue && on > noticeDue) line += `；已超过${CORRECTION_NOTICE_DAYS}个工作日的告知期限（${n.date(noticeDue)}）`;
      return [`${line} → 答复期限自收到补正之日起重新计算`];
    },
    describe: (d) => [d.items ? `需补正：${d.items}` : "", d.deadline ? `补正期限：${d.deadline}` : ""],
  }),

  correction_received: defineEvent({
    label: "收到补正",
    detail: z.object({ supplied: text }),
    place: "open",
    form: { sample: {} },
    check({ state }) {
      if (state.correctionSentOn === null) return "未发出补正通知，不能登记收到补正";
      if (state.correctionReceivedOn !== null) return "已登记收到补正，不能重复登记";
      return null;
    },
    apply({ state }, { on }) {
      state.correctionReceivedOn = on;
      state.startedOn = on;
    },
    step: (n, { on }) => [`${n.date(on)} 收到补正 → 重新起算${ANSWER_PERIOD_DAYS}个工作日，${n.dueText(n.due())}`],
    describe: (d) => [d.supplied ? `补正内容：${d.supplied}` : ""],
  }),

  consultation_start: defineEvent({
    label: "发出征求意见书",
    detail: z.object({ with: text, party: text }),
    place: "open",
    form: { sample: {} },
    check(fold) {
      const open = fold.open();
      if (open?.kind === "consultation") return "已有进行中的征求意见，请先登记其结束";
      const waiting = busy(open);
      if (waiting) return `${waiting}，不能征求意见`;
      if (awaitingCorrection(fold.state)) return "正在等待申请人补正，不能征求意见";
      return null;
    },
    apply({ state }, { on, detail }) {
      const label = detail.with === "agency" ? "征求其他机关意见" : "征求第三方意见";
      state.pauses.push({ kind: "consultation", from: on, to: null, label });
    },
    step: nothing, // told when it ends, or as still open at the end of the explanation
    describe: (d) => [`${label(CONSULTED_PARTIES, d.with ?? "third_party")}${d.party ? `：${d.party}` : ""}`],
  }),

  consultation_end: defineEvent({
    label: "征求意见结束",
    detail: z.object({ note: text }),
    place: "open",
    form: { sample: {} },
    check: (fold) => (fold.open()?.kind === "consultation" ? null : "没有进行中的征求意见"),
    apply: endPause,
    step: pauseEnded,
    describe: (d) => [d.note ? `意见：${d.note}` : ""],
  }),

  extension_approved: defineEvent({
    label: "延长答复期限",
    detail: z.object({ days: field(z.number()), approvedBy: text, notifiedOn: text }),
    place: "open",
    form: { sample: { days: 1 } },
    check(fold, { on, detail }) {
      const days = detail.days;
      if (days === undefined || !Number.isInteger(days) || days < 1) return "延长期限应为正整数个工作日";
      if (days > MAX_EXTENSION_DAYS) return `延长的期限最长不得超过${MAX_EXTENSION_DAYS}个工作日（第三十三条）`;
      if (fold.state.extensionOn !== null) return "答复期限只能延长一次";
      if (awaitingCorrection(fold.state)) return "正在等待申请人补正，答复期限尚未起算，不能延长";
      const passed = afterDeadline(fold, on);
      return passed ? `答复期限已于${passed}届满，不能再延长` : null;
    },
    apply({ state }, { on, detail }) {
      state.extensionDays = detail.days ?? 0;
      state.extensionOn = on;
    },
    step: (n, { on }) => [`${n.date(on)} 延长答复期限${n.state.extensionDays}个工作日（经负责人同意），${n.dueText(n.due())}`],
    describe: (d) => [
      `延长${String(d.days)}个工作日`,
      d.approvedBy ? `批准人：${d.approvedBy}` : "",
      d.notifiedOn ? `告知申请人：${d.notifiedOn}` : "",
    ],
  }),

  fee_notice: defineEvent({
    label: "发出收费通知",
    detail: z.object({ amountFen: field(z.number()), basis: text, feeId: text }),
    place: "open",
    form: { sample: {} },
    check(fold, { on }) {
      if (fold.state.feeNoticeOn !== null) return "已发出收费通知，一件申请只发一次";
      const waiting = busy(fold.open());
      if (waiting) return `${waiting}，不能发出收费通知`;
      if (awaitingCorrection(fold.state)) return "正在等待申请人补正，不能发出收费通知";
      const passed = afterDeadline(fold, on);
      return passed ? `收费通知应在答复期限内发出，答复期限已于${passed}届满` : null;
    },
    apply({ state }, { on }) {
      state.feeNoticeOn = on;
      state.pauses.push({ kind: "fee", from: on, to: null, label: "等待缴纳信息处理费" });
    },
    step(n, { on, detail }) {
      const amount = detail.amountFen === undefined ? "" : `（${yuan(detail.amountFen)}）`;
      const payBy = n.date(addWorkingDays(on, FEE_PAYMENT_DAYS, n.cal));
      return [`${n.date(on)} 发出收费通知${amount} → 缴费期限至${payBy}，等待缴费期间不计入答复期限`];
    },
    describe: (d) => [`${label(FEE_BASES, d.basis)} ${yuan(d.amountFen)}`.trim()],
  }),

  fee_paid: defineEvent({
    label: "缴纳信息处理费",
    detail: z.object({ feeId: text }),
    place: "open",
    form: { sample: {} },
    check: (fold) => (fold.open()?.kind === "fee" ? null : "没有待缴纳的信息处理费"),
    apply: endPause,
    step: pauseEnded,
    describe: nothing,
  }),

  reply_sent: defineEvent({
    label: "答复办结",
    detail: z.object({ outcome: nullableText, reason: text }),
    place: "open",
    form: { sample: {} },
    check: none,
    apply(fold, { on }) {
      fold.state.dueOnAtReply = fold.due(on)?.dueOn ?? null; // an open pause counts up to the reply
      fold.state.repliedOn = on;
    },
    step(n, { on, detail }) {
      const lines: string[] = [];
      const open = n.open();
      if (open) lines.push(`${open.label} ${n.date(open.from)}起（答复时尚未登记结束，计至答复之日）`);
      const outcome = detail.outcome && Object.hasOwn(OUTCOMES, detail.outcome) ? `：${label(OUTCOMES, detail.outcome)}` : "";
      const dueOn = n.state.dueOnAtReply;
      const late = dueOn !== null && on > dueOn ? `（超过答复期限${n.date(dueOn)}，逾期${workingDaysBetween(dueOn, on, n.cal)}个工作日）` : "";
      lines.push(`${n.date(on)} 已答复${outcome}${late}`);
      return lines;
    },
    describe: (d) => [label(OUTCOMES, d.outcome), d.reason ? `理由：${d.reason}` : ""],
  }),

  withdrawn: defineEvent({
    label: "申请人撤回申请",
    detail: z.object({ reason: text }),
    place: "open",
    form: null, // the applicant withdraws on /track (lib/requests/self-service.ts)
    check: none,
    // Ends the request like a reply: it closes under 其他处理（六）3 (docs/ARCHITECTURE.md, counting rules).
    apply(fold, { on }) {
      fold.state.dueOnAtReply = fold.due(on)?.dueOn ?? null;
      fold.state.repliedOn = on;
    },
    step: (n, { on }) => [`${n.date(on)} 申请人撤回申请，办理终止`],
    describe: (d) => [d.reason ? `撤回理由：${d.reason}` : ""],
  }),

  calendar_changed: defineEvent({
    label: "节假日安排调整",
    detail: z.object({ date: text, note: text, from: nullableText, to: nullableText }),
    place: "aside",
    form: null, // written by recordCalendarChange (recompute.ts) when a calendar change moves a deadline
    check: none,
    apply: () => {},
    step(n, { on, detail: { date, from, to } }) {
      const change = from && isIsoDate(from) && to && isIsoDate(to) ? `，答复期限由${n.date(from)}调整为${n.date(to)}` : "，期限按现行日历重新计算";
      const day = date && isIsoDate(date) ? `（${n.date(date)}）` : "";
      return [`${n.date(on)} 节假日安排调整${day}${change}`];
    },
    describe: (d) => [d.note ?? "", d.from || d.to ? `答复期限：${d.from ?? "—"} → ${d.to ?? "—"}` : ""],
  }),

  notice_sent: defineEvent({
    label: "发出文书",
    // The text as sent, frozen: the template may change later, the ledger keeps what the applicant received.
    detail: z.object({ notice: text, title: text, text: text }),
    place: "aside",
    form: null, // written by sendNotice (mutations.ts) from the notice page
    check: none,
    apply: () => {},
    step: nothing,
    describe: (d) => [d.title ? `《${d.title}》` : "", d.text ?? ""],
  }),

  note: defineEvent({
    label: "备注",
    detail: z.object({}),
    place: "aside",
    form: null,
    check: none,
    apply: () => {},
    step: nothing,
    describe: nothing,
  }),
};

export type EventKind = keyof typeof EVENTS;
export type EventDetail<K extends EventKind> = z.output<(typeof EVENTS)[K]["detail"]>;
/** A ledger event with its detail read by its kind's schema. */
export type LedgerEvent = { [K in EventKind]: { kind: K; on: string; detail: EventDetail<K> } }[EventKind];

/** The kinds in registry order (the order the step forms are offered in). */
export const EVENT_KINDS = Object.keys(EVENTS) as EventKind[];

export function isEventKind(kind: string): kind is EventKind {
  return Object.hasOwn(EVENTS, kind);
}

/** A kind's entry, its detail type erased: for code that treats every kind alike (the fold, the history). */
export function definitionOf(kind: EventKind): EventDefinition<unknown> {
  return EVENTS[kind];
}

/** The detail as the kind's schema reads it: a JSON string or an object; anything unreadable reads as empty. */
function readDetail(definition: EventDefinition<unknown>, raw: ClockEvent["detail"]): unknown {
  let value: unknown = raw ?? {};
  if (typeof raw === "string") {
    try {
      value = raw === "" ? {} : JSON.parse(raw);
    } catch {
      value = {};
    }
  }
  const read = definition.detail.safeParse(value);
  return read.success ? read.data : definition.detail.parse({});
}

/** The event with its detail read by its kind's schema; null for a kind the registry does not know. */
export function readEvent(event: ClockEvent): LedgerEvent | null {
  if (!isEventKind(event.kind)) return null;
  // The correlation of kind and detail is the registry's own: the detail was read by this kind's schema.
  return { kind: event.kind, on: event.on, detail: readDetail(definitionOf(event.kind), event.detail) } as LedgerEvent;
}

/** The first event of a kind, typed by its kind. */
export function findEvent<K extends EventKind, E extends { kind: string }>(events: readonly E[], kind: K) {
  return events.find((e): e is Extract<E, { kind: K }> => e.kind === kind);
}

/** The name of an event in the clerk's history (an unknown kind by its code). */
export function eventLabel(kind: string): string {
  return isEventKind(kind) ? EVENTS[kind].label : kind;
}

/** One line of plain Chinese for an event's recorded details (the clerk's history table). */
export function describeEvent(kind: string, detail: ClockEvent["detail"]): string {
  const event = readEvent({ kind, on: "", detail });
  if (!event) return "";
  return definitionOf(event.kind).describe(event.detail).filter(Boolean).join("；");
}
