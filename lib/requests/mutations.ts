import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/roles";
import { loadCalendar } from "@/lib/calendar/queries";
import { todayInChina } from "@/lib/dates";
import { ConflictError, DomainError, prismaErrorCode } from "@/lib/errors";
import { canAccessOrg } from "@/lib/permissions";
import { consumeAttempt } from "@/lib/rate-limit";
import { queueApplicantNotice, queueSubmissionNotice } from "@/lib/mail/applicant";
import { computeClock, validateNextEvent } from "./clock";
import { OUTCOMES } from "./codes";
import type { EventDetail, EventKind } from "./events";
import { loadLedgers } from "./ledger";
import { nextRequestNumber } from "./numbering";
import type { Intake, PublicApplication } from "./schemas";
import { statusFromClock } from "./status";
import { newTrackingCode, normalizeTrackingCode, trackingCodeTag, type StoredTrackingCode } from "./tracking-code";

type Tx = Prisma.TransactionClient;

// ---------------------------------------------------------------------------------------------------------
// New requests

/** The applicant's part of a request row, from either form. */
function applicantData(input: PublicApplication | Intake) {
  const common = {
    applicantName: input.applicantName,
    phone: input.phone,
    email: input.email ?? null,
    address: input.address ?? null,
    postcode: input.postcode ?? null,
    description: input.description,
    purpose: input.purpose ?? null,
    provisionForm: input.provisionForm,
    obtainMethod: input.obtainMethod,
  };
  return input.applicantKind === "person"
    ? { ...common, applicantType: "natural_person", idType: input.idType, idNumber: input.idNumber }
    : {
        ...common,
        applicantType: input.applicantType,
        orgCreditCode: input.orgCreditCode,
        legalRepresentative: input.legalRepresentative,
        contactName: input.contactName,
      };
}

/**
 * Creates the request under a fresh number, retrying when a concurrent submission took the same number
 * (the unique index on organisation + number decides). Returns the row and the 查询码 in clear, once.
 */
async function insertRequest(
  orgId: string,
  year: number,
  write: (tx: Tx, number: string, stored: StoredTrackingCode) => Promise<{ id: string; number: string }>,
) {
  const trackingCode = newTrackingCode();
  const normalized = normalizeTrackingCode(trackingCode);
  const stored = { trackingCodeHash: await hashPassword(normalized), trackingCodeTag: trackingCodeTag(normalized) };
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await db.$transaction(async (tx) => write(tx, await nextRequestNumber(tx, orgId, year), stored));
      return { ...created, trackingCode };
    } catch (error) {
      if (prismaErrorCode(error) !== "P2002" || attempt >= 5) throw error;
    }
  }
}

/** What the applicant's e-mail notices need of a request (lib/mail/applicant.ts). */
const NOTICE_FIELDS = { id: true, orgId: true, number: true, email: true, org: { select: { name: true, phone: true } } } as const;
const EVENT_FIELDS = { id: true, kind: true, on: true, detail: true } as const;

/** Online applications per address per hour: enough for a family or an office, not for a flood. */
export const SUBMIT_RATE = { limit: 20, windowMs: 3600_000 };

/** An online application (互联网): it waits for the office to confirm it with the applicant (第三十一条（三）). */
export async function submitApplication(input: PublicApplication, ip: string) {
  if (!(await consumeAttempt(`apply:${ip}`, SUBMIT_RATE))) throw new DomainError("提交过于频繁，请一小时后再试，或直接联系受理机关。");
  const org = await db.organization.findUnique({ where: { id: input.orgId }, select: { id: true, name: true } });
  if (!org) throw new DomainError("请选择受理机关。", { orgId: ["请从列表中选择受理机关"] });
  const created = await insertRequest(org.id, Number(todayInChina().slice(0, 4)), async (tx, number, stored) => {
    const request = await tx.disclosureRequest.create({
      data: { orgId: org.id, number, ...stored, channel: "online", status: "awaiting_confirmation", ...applicantData(input) },
      select: NOTICE_FIELDS,
    });
    await audit(null, { action: "request.submit", entity: "DisclosureRequest", entityId: request.id, orgId: org.id, after: { number, channel: "online" }, ip }, tx);
    await queueSubmissionNotice(tx, request);
    return request;
  });
  return { number: created.number, trackingCode: created.trackingCode, orgName: org.name };
}

/** A clerk logs an application received by any channel, with its 收到申请之日 (第三十一条). */
export async function logIntake(user: SessionUser, input: Intake) {
  if (!user.orgId) throw new DomainError("请使用所属机关的账号登记申请。");
  const orgId = user.orgId;
  const created = await insertRequest(orgId, Number(input.receivedOn.slice(0, 4)), async (tx, number, stored) => {
    const request = await writeIntake(tx, user, orgId, input, number, stored);
    // The receipt (回执) to an applicant who gave an e-mail; imported intakes (writeIntake alone) tell no one.
    const notified = await tx.disclosureRequest.findUniqueOrThrow({ where: { id: request.id }, select: { ...NOTICE_FIELDS, events: { select: EVENT_FIELDS } } });
    const clock = computeClock(notified.events, await loadCalendar(tx));
    await queueApplicantNotice(tx, notified, notified.events[0], clock);
    return request;
  });
  return { id: created.id, number: created.number, trackingCode: created.trackingCode };
}

/**
 * The intake's rows (request, its `received` event, the audit record) under a given number, inside the caller's
 * transaction; the Excel import writes its rows this way, without a 查询码 (stored null).
 */
export async function writeIntake(tx: Tx, user: SessionUser, orgId: string, input: Intake, number: string, stored: StoredTrackingCode | null) {
  const request = await tx.disclosureRequest.create({
    data: {
      orgId,
      number,
      ...stored,
      channel: input.channel,
      receivedOn: input.receivedOn,
      status: "received",
      ...applicantData(input),
      events: { create: { kind: "received", on: input.receivedOn, actorId: user.id, detail: JSON.stringify({ channel: input.channel }) } },
    },
    select: { id: true, number: true },
  });
  await audit(
    user,
    { action: "request.intake", entity: "DisclosureRequest", entityId: request.id, orgId, after: { number, channel: input.channel, receivedOn: input.receivedOn } },
    tx,
  );
  return request;
}

// ---------------------------------------------------------------------------------------------------------
// The clock ledger: every step appends one event, re-derives the status, bumps the version and is audited.

export type StepRef = { requestId: string; version: number };
/** A step as the clerk records it; its detail is what the kind's schema in the registry reads. */
type Step = { [K in EventKind]: { kind: K; on: string; detail?: EventDetail<K> } }[EventKind];
type LoadedRequest = NonNullable<Awaited<ReturnType<typeof loadForStep>>>;

async function loadForStep(tx: Tx, id: string) {
  const [request] = await loadLedgers(tx, {
    where: { id },
    select: { ...NOTICE_FIELDS, version: true, status: true, submittedAt: true, fees: true },
  });
  return request;
}

/** What a step may add once the rules passed: fields of the request to write, details for the event. */
type Extra = { fields?: Prisma.DisclosureRequestUpdateManyMutationInput; detail?: Record<string, unknown> };

/**
 * Appends `step` to the request's ledger after checking organisation (for a clerk), version (optimistic locking) and the
 * 条例's rules (validateNextEvent); `extra` may check more, write related rows and add to what is written. The
 * applicant's e-mail notice of the step, if it has one, is queued in the same transaction.
 */
/**
 * Who records a step: a clerk of the request's body, or the applicant, who proved it with the 查询码 before
 * (lib/requests/self-service.ts) and is recorded without an actor.
 */
export type StepActor = SessionUser | { applicant: true; ip: string };
const clerkOf = (actor: StepActor) => ("applicant" in actor ? null : actor);

export async function appendStep(actor: StepActor, ref: StepRef, step: Step, extra?: (tx: Tx, request: LoadedRequest) => Promise<Extra>) {
  const user = clerkOf(actor);
  return db.$transaction(async (tx) => {
    const request = await loadForStep(tx, ref.requestId);
    if (!request || (user && !canAccessOrg(user, request.orgId))) throw new DomainError("申请不存在或不属于本机关。");
    if (request.version !== ref.version) throw new ConflictError();
    const cal = await loadCalendar(tx);
    const ledger = request.ledger;
    const problem = validateNextEvent(ledger, { kind: step.kind, on: step.on, detail: step.detail }, cal);
    if (problem) throw new DomainError(problem);
    const added = (await extra?.(tx, request)) ?? {};
    const fields = added.fields ?? {};
    const detail = step.detail || added.detail ? { ...step.detail, ...added.detail } : undefined;
    const event = { kind: step.kind, on: step.on, detail: detail ? JSON.stringify(detail) : null };
    const created = await tx.requestEvent.create({ data: { requestId: request.id, actorId: user?.id ?? null, ...event }, select: EVENT_FIELDS });
    const clock = computeClock([...ledger, event], cal);
    const status = statusFromClock(clock);
    const updated = await tx.disclosureRequest.updateMany({
      where: { id: request.id, version: ref.version },
      data: { ...fields, status, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    await audit(
      user,
      {
        action: `request.${step.kind}`,
        entity: "DisclosureRequest",
        entityId: request.id,
        orgId: request.orgId,
        before: { status: request.status, version: request.version },
        after: { status, on: step.on, detail, ...fields },
        ...("applicant" in actor ? { ip: actor.ip } : {}),
      },
      tx,
    );
    await queueApplicantNotice(tx, request, created, clock);
    return { status };
  });
}

/** 第三十一条: for online, fax and plain-letter applications the receipt date is the day both sides confirm it. */
export function confirmReceipt(user: SessionUser, input: StepRef & { on: string }) {
  return appendStep(user, input, { kind: "received", on: input.on }, async (_tx, request) => {
    const submittedOn = todayInChina(request.submittedAt);
    if (input.on < submittedOn) throw new DomainError(`确认日期不能早于提交申请之日（${submittedOn}）。`, { on: ["确认日期不能早于提交之日"] });
    return { fields: { receivedOn: input.on } };
  });
}

/** 第三十条: one 补正 notice, listing what to correct and by when. */
export function sendCorrection(user: SessionUser, input: StepRef & { on: string; items: string; deadlineOn: string }) {
  return appendStep(user, input, { kind: "correction_sent", on: input.on, detail: { items: input.items, deadline: input.deadlineOn } });
}

export function receiveCorrection(user: SessionUser, input: StepRef & { on: string; supplied: string }) {
  return appendStep(user, input, { kind: "correction_received", on: input.on, detail: { supplied: input.supplied } });
}

export function startConsultation(user: SessionUser, input: StepRef & { on: string; party: "third_party" | "agency"; partyName: string }) {
  return appendStep(user, input, { kind: "consultation_start", on: input.on, detail: { with: input.party, party: input.partyName } });
}

export function endConsultation(user: SessionUser, input: StepRef & { on: string; note?: string }) {
  return appendStep(user, input, { kind: "consultation_end", on: input.on, detail: input.note ? { note: input.note } : undefined });
}

/** 第三十三条: one extension of at most 20 working days, approved by the office head, the applicant told. */
export function extendDeadline(user: SessionUser, input: StepRef & { on: string; days: number; approver: string; notifiedOn: string }) {
  return appendStep(user, input, {
    kind: "extension_approved",
    on: input.on,
    detail: { days: input.days, approvedBy: input.approver, notifiedOn: input.notifiedOn },
  });
}

/** 信息处理费: the notice (RequestFee row, amount in fen) stops the clock until payment. */
export function noticeFee(user: SessionUser, input: StepRef & { on: string; basis: "per_item" | "per_page"; amountFen: number }) {
  const step = { kind: "fee_notice", on: input.on, detail: { amountFen: input.amountFen, basis: input.basis } } as const;
  return appendStep(user, input, step, async (tx, request) => {
    const fee = await tx.requestFee.create({
      data: { requestId: request.id, basis: input.basis, amountFen: input.amountFen, noticeOn: input.on },
    });
    return { detail: { feeId: fee.id } };
  });
}

export function recordFeePaid(user: SessionUser, input: StepRef & { on: string; feeId: string }) {
  return appendStep(user, input, { kind: "fee_paid", on: input.on, detail: { feeId: input.feeId } }, async (tx, request) => {
    const fee = request.fees.find((f) => f.id === input.feeId);
    if (!fee || fee.paidOn) throw new DomainError("找不到待缴纳的收费记录。");
    if (input.on < fee.noticeOn) throw new DomainError("缴费日期不能早于收费通知日期。", { on: ["缴费日期不能早于收费通知日期"] });
    await tx.requestFee.update({ where: { id: fee.id }, data: { paidOn: input.on } });
    return {};
  });
}

/** A 文书 as sent (lib/notices): its title and text frozen in the ledger; the clock does not move. */
export function sendNotice(user: SessionUser, input: StepRef & { on: string; notice: string; title: string; text: string }) {
  return appendStep(user, input, { kind: "notice_sent", on: input.on, detail: { notice: input.notice, title: input.title, text: input.text } });
}

type CloseInput = StepRef & { on: string; outcome: keyof typeof OUTCOMES; reason?: string; replyText: string };

/** Outcomes that only make sense after a certain step: the report row must be true. */
function outcomeProblem(request: LoadedRequest, outcome: CloseInput["outcome"]): string | null {
  const has = (kind: EventKind) => request.ledger.some((e) => e.kind === kind);
  if (outcome === "other.no_correction" && (!has("correction_sent") || has("correction_received"))) {
    return "只有发出补正通知后申请人未补正的，才能以“逾期不补正”办结";
  }
  if (outcome === "unavailable.unclear" && !has("correction_received")) return "只有收到补正后内容仍不明确的，才能以“补正后申请内容仍不明确”办结";
  if (outcome === "other.unpaid_fee" && !request.fees.some((f) => !f.paidOn)) return "没有未缴纳的收费通知，不能以“逾期未缴费”办结";
  return null;
}

/** The reply closes the request with exactly one outcome of the annual report, the reply date and text. */
export function closeRequest(user: SessionUser, input: CloseInput) {
  return appendStep(
    user,
    input,
    { kind: "reply_sent", on: input.on, detail: { outcome: input.outcome, reason: input.reason } },
    async (_tx, request) => {
      const problem = outcomeProblem(request, input.outcome);
      if (problem) throw new DomainError(problem, { outcome: [problem] });
      return { fields: { outcome: input.outcome, closedOn: input.on, replyText: input.replyText } };
    },
  );
}
