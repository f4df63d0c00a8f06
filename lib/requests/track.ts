import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { loadCalendar } from "@/lib/calendar/queries";
import { isProvisional } from "@/lib/calendar/working-days";
import { todayInChina } from "@/lib/dates";
import { DomainError } from "@/lib/errors";
import { consumeAttempt } from "@/lib/rate-limit";
import { computeClock } from "./clock";
import { findEvent } from "./events";
import { loadLedgers } from "./ledger";
import { labelOf } from "@/lib/labels";
import { OUTCOMES, REQUEST_STATUSES } from "./codes";
import { normalizeTrackingCode, trackingCodeTag } from "./tracking-code";

/**
 * 10 look-ups per 申请编号 per 15 minutes — plenty for an applicant, useless for guessing a 49-bit code — and a
 * higher ceiling per address, so one person's typos do not lock out a whole office behind one address (NAT).
 */
export const TRACK_RATE = { perNumber: { limit: 10, windowMs: 15 * 60_000 }, perAddress: { limit: 60, windowMs: 15 * 60_000 } };

/** The same words for an unknown number and a wrong code, so the answer tells nothing about either. */
export const NOT_FOUND = "没有找到与该申请编号和查询码相符的申请。请核对后重试（查询码在提交申请后的确认页上）。";

// Compared against when no request has the number, so an unknown number takes as long as a wrong code.
const decoy = hashPassword("decoy-tracking-code");

/**
 * The id of the request whose number and 查询码 the caller gave, or a DomainError (the same one for an unknown
 * number and a wrong code). Every applicant action (/track: look-up, 补正, withdrawal, download) passes here, under
 * the same rate limits.
 */
export async function matchTrackedRequest(input: { number: string; code: string }, ip: string): Promise<string> {
  const number = input.number.trim();
  if (!(await consumeAttempt(`track:${ip}`, TRACK_RATE.perAddress))) throw new DomainError("查询次数过多，请15分钟后再试。");
  if (!(await consumeAttempt(`track-number:${number}`, TRACK_RATE.perNumber))) throw new DomainError("该申请编号的查询次数过多，请15分钟后再试。");
  const code = normalizeTrackingCode(input.code);
  // Requests written before the tag existed have none: they are checked too (bounded, and fewer every year).
  const candidates = await db.disclosureRequest.findMany({
    where: {
      number,
      trackingCodeHash: { not: null },
      OR: [{ trackingCodeTag: trackingCodeTag(code) }, { trackingCodeTag: null }],
    },
    select: { id: true, trackingCodeHash: true },
  });
  let match: string | null = null;
  for (const candidate of candidates) {
    if (await verifyPassword(code, candidate.trackingCodeHash!)) match = candidate.id;
  }
  if (candidates.length === 0) await verifyPassword(code, await decoy);
  if (!match) throw new DomainError(NOT_FOUND);
  return match;
}

/**
 * What the applicant may see with number + 查询码: the status, the deadlines with their explanation, the reply
 * and its files, and what they may do online. Nothing about other requests, no personal data, no internal notes
 * or names.
 */
export async function trackRequest(input: { number: string; code: string }, ip: string) {
  const match = await matchTrackedRequest(input, ip);
  const [[request], cal] = await Promise.all([
    loadLedgers(db, {
      where: { id: match },
      select: {
        number: true,
        submittedAt: true,
        status: true,
        description: true,
        replyText: true,
        org: { select: { name: true, phone: true } },
        attachments: { select: { id: true, kind: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } },
      },
    }),
    loadCalendar(),
  ]);
  if (!request) throw new DomainError(NOT_FOUND);
  const clock = computeClock(request.ledger, cal);
  const correction = findEvent(request.events, "correction_sent");
  const reply = findEvent(request.events, "reply_sent");
  return {
    number: request.number,
    orgName: request.org.name,
    orgPhone: request.org.phone,
    submittedOn: todayInChina(request.submittedAt),
    receivedOn: request.receivedOn,
    status: labelOf(REQUEST_STATUSES, request.status),
    dueOn: clock.dueOn,
    dueProvisional: isProvisional(clock.dueOn, cal),
    feeDueOn: clock.feeDueOn,
    steps: clock.steps,
    description: request.description,
    correction: correction
      ? { items: correction.detail.items ?? "", deadline: correction.detail.deadline ?? null, pending: request.status === "awaiting_correction" }
      : null,
    closedOn: request.closedOn,
    outcome: request.outcome ? labelOf(OUTCOMES, request.outcome) : null,
    reason: reply?.detail.reason ?? null,
    replyText: request.replyText,
    withdrawn: findEvent(request.events, "withdrawn") !== undefined,
    /** Files: the applicant's 补正 and the office's reply, downloadable with the 查询码 (app/request-files). */
    files: request.attachments,
    canAnswerCorrection: request.status === "awaiting_correction",
    // Withdrawal ends a received request (unconfirmed online applications have no receipt to count it from).
    canWithdraw: request.receivedOn !== null && request.status !== "closed",
  };
}

export type TrackView = Awaited<ReturnType<typeof trackRequest>>;
