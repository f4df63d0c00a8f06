import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { loadCalendar } from "@/lib/calendar/queries";
import { canAccessOrg } from "@/lib/permissions";
import { computeClock } from "@/lib/requests/clock";
import type { LedgerEvent } from "@/lib/requests/events";
import { loadLedgers } from "@/lib/requests/ledger";
import { earlierRequestsThisMonth } from "@/lib/requests/queries";
import { noticeFactsOf, type NoticeChoices } from "./facts";
import { NOTICE_KINDS, renderNotice, type NoticeKind, type NoticeText } from "./templates";

export type SentNotice = NoticeText & { on: string; createdAt: Date };

/**
 * One notice of a request for the clerk: the template filled from the records (`draft`), and every copy of this
 * kind already sent, latest first (their frozen text). Null when the request is not the user's to see.
 */
export async function requestNotice(user: SessionUser, requestId: string, kind: NoticeKind, choices: NoticeChoices = {}) {
  const [[request], cal] = await Promise.all([
    loadLedgers(db, {
      where: { id: requestId },
      select: {
        id: true,
        orgId: true,
        version: true,
        number: true,
        applicantName: true,
        description: true,
        submittedAt: true,
        createdAt: true,
        status: true,
        idNumber: true,
        orgCreditCode: true,
        phone: true,
        org: { select: { name: true, kind: true, officeName: true, address: true, phone: true, parent: { select: { name: true, kind: true } } } },
      },
    }),
    loadCalendar(),
  ]);
  if (!request || !canAccessOrg(user, request.orgId)) return null;
  const clock = computeClock(request.ledger, cal);
  const facts = noticeFactsOf({ org: request.org, request, events: request.events, clock, cal }, choices);
  const sent: SentNotice[] = request.events
    .filter((e): e is Extract<LedgerEvent, { kind: "notice_sent" }> & { actorId: string | null; createdAt: Date } => e.kind === "notice_sent")
    .filter((e) => e.detail.notice === kind)
    .map((e) => ({ on: e.on, createdAt: e.createdAt, title: e.detail.title ?? NOTICE_KINDS[kind], text: e.detail.text ?? "" }))
    .reverse();
  // 按件计收 counts the applicant's month: only the fee notice needs it.
  const earlierThisMonth = kind === "fee" ? await earlierRequestsThisMonth(request) : 0;
  return { request, facts, draft: renderNotice(kind, facts), sent, earlierThisMonth };
}
