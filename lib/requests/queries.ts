import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { loadCalendar } from "@/lib/calendar/queries";
import { addWorkingDays, isProvisional, type Calendar } from "@/lib/calendar/working-days";
import { todayInChina } from "@/lib/dates";
import { canAccessOrg, orgScope } from "@/lib/permissions";
import { computeClock, isOverdue, workingDaysLeft } from "./clock";
import { availableSteps, loadLedgers } from "./ledger";
import { requestStatusCodes, type RequestStatus } from "./codes";
import { SIMILAR_THRESHOLD, descriptionSimilarity } from "./similarity";

/** "Due soon" on the dashboard: the deadline is at most this many working days away. */
export const DUE_SOON_WORKING_DAYS = 5;

export type RequestFilter = { q?: string; status?: RequestStatus };

function searchWhere(user: SessionUser, filter: RequestFilter): Prisma.DisclosureRequestWhereInput {
  const scope = orgScope(user);
  const q = filter.q?.trim();
  return {
    ...(scope === null ? {} : { orgId: scope }),
    ...(filter.status ? { status: filter.status } : {}),
    ...(q ? { OR: [{ number: { contains: q } }, { applicantName: { contains: q } }, { description: { contains: q } }] } : {}),
  };
}

/** Requests per status for the user's organisation, counted by the database. */
export async function requestCounts(user: SessionUser): Promise<Record<RequestStatus, number>> {
  const scope = orgScope(user);
  const groups = await db.disclosureRequest.groupBy({
    by: ["status"],
    where: scope === null ? {} : { orgId: scope },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(requestStatusCodes.map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const g of groups) if (g.status in counts) counts[g.status as RequestStatus] = g._count._all;
  return counts;
}

/**
 * The open requests matching the filter, each with its derived clock, most urgent first. Deadlines are
 * derived (never stored), so this computes them here; the law keeps the open set small (a request is answered
 * within 20 + 20 working days plus consultations), so this is a few dozen ledgers, not the archive.
 */
export async function openRequests(user: SessionUser, filter: RequestFilter = {}) {
  return openRequestClocks(searchWhere(user, filter));
}

/** The open requests matching `where`, each with its clock, most urgent first (the dashboard's and the oversight console's). */
export async function openRequestClocks(where: Prisma.DisclosureRequestWhereInput, take = 1000, today = todayInChina()) {
  const [rows, cal] = await Promise.all([
    loadLedgers(db, {
      where: { AND: [where, { status: { not: "closed" } }] },
      select: { id: true, orgId: true, number: true, applicantName: true, description: true, status: true, submittedAt: true, org: { select: { name: true } } },
      take,
    }),
    loadCalendar(),
  ]);
  const withClock = rows.map((row) => {
    const clock = computeClock(row.ledger, cal);
    return { ...row, clock, overdue: isOverdue(clock, today), daysLeft: workingDaysLeft(clock, today, cal), provisional: isProvisional(clock.dueOn, cal) };
  });
  // Overdue and nearest deadlines first; then requests whose clock is stopped, oldest first.
  const key = (r: (typeof withClock)[number]) => r.clock.dueOn ?? "9999-12-31";
  return withClock.sort((a, b) => key(a).localeCompare(key(b)) || a.submittedAt.getTime() - b.submittedAt.getTime());
}

export type OpenRequest = Awaited<ReturnType<typeof openRequests>>[number];

/**
 * The last day a deadline counts as due soon from `today`: a deadline is always a working day, so one falling on or
 * before it has at most DUE_SOON_WORKING_DAYS working days left — one calendar walk for any number of requests.
 */
export const dueSoonHorizon = (today: string, cal: Calendar) => addWorkingDays(today, DUE_SOON_WORKING_DAYS, cal);

/** Due within DUE_SOON_WORKING_DAYS working days, and not yet overdue. */
export const isDueSoon = (r: Pick<OpenRequest, "overdue" | "daysLeft">) => !r.overdue && r.daysLeft !== null && r.daysLeft <= DUE_SOON_WORKING_DAYS;

/** The dashboard's groups, from one list of open requests. */
export function dashboardGroups(open: OpenRequest[]) {
  return {
    overdue: open.filter((r) => r.overdue),
    dueSoon: open.filter(isDueSoon),
    awaitingConfirmation: open.filter((r) => r.status === "awaiting_confirmation"),
    waiting: open.filter((r) => ["awaiting_correction", "consulting", "awaiting_fee"].includes(r.status)),
  };
}

/** Closed requests matching the filter, latest first (the archive is searched, never loaded whole). */
export function closedRequests(user: SessionUser, filter: RequestFilter, take = 50) {
  return db.disclosureRequest.findMany({
    where: { AND: [searchWhere(user, filter), { status: "closed" }] },
    select: { id: true, number: true, applicantName: true, description: true, receivedOn: true, closedOn: true, outcome: true },
    orderBy: [{ closedOn: "desc" }, { number: "desc" }],
    take,
  });
}

/** Everything the clerk's page shows about one request, or null when it is not the user's to see. */
export async function requestDetail(user: SessionUser, id: string) {
  const [request, [{ events, ledger } = { events: [], ledger: [] }]] = await Promise.all([
    db.disclosureRequest.findUnique({
      where: { id },
      include: {
        org: { select: { name: true } },
        fees: { orderBy: { noticeOn: "asc" } },
        appeals: { orderBy: { filedOn: "asc" } },
        attachments: { select: { id: true, kind: true, fileName: true, size: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      },
    }),
    loadLedgers(db, { where: { id }, select: {} }),
  ]);
  if (!request || !canAccessOrg(user, request.orgId)) return null;
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((a): a is string => a !== null))];
  const [actors, cal, similar] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    loadCalendar(),
    similarRequests(request),
  ]);
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const today = todayInChina();
  const clock = computeClock(ledger, cal);
  return {
    request,
    clock,
    overdue: isOverdue(clock, today),
    daysLeft: workingDaysLeft(clock, today, cal),
    provisional: isProvisional(clock.dueOn, cal),
    allowedSteps: availableSteps(ledger, cal, today),
    // Without an actor: the applicant's own steps on /track, or the system's (a calendar change).
    history: events.map((e) => ({ ...e, actor: e.actorId ? (actorName.get(e.actorId) ?? "（已删除的用户）") : e.kind === "calendar_changed" ? "系统" : "申请人（在线）" })),
    similar,
  };
}

type Applicant = {
  id: string;
  orgId: string;
  applicantName: string;
  idNumber: string | null;
  orgCreditCode: string | null;
  phone: string | null;
  description: string;
};

/** The same applicant: same ID number or credit code, or same name and phone (none when nothing identifies them). */
function sameApplicantWhere(request: Omit<Applicant, "id" | "orgId" | "description">): Prisma.DisclosureRequestWhereInput[] {
  const sameApplicant: Prisma.DisclosureRequestWhereInput[] = [];
  if (request.idNumber) sameApplicant.push({ idNumber: request.idNumber });
  if (request.orgCreditCode) sameApplicant.push({ orgCreditCode: request.orgCreditCode });
  if (request.applicantName && request.phone) sameApplicant.push({ applicantName: request.applicantName, phone: request.phone });
  return sameApplicant;
}

/**
 * 信息处理费 按件计收 (国办函〔2020〕109号 第四条): the applicant's applications to the same body received earlier in the
 * same natural month (by 收到申请之日; same day: recorded earlier).
 */
export async function earlierRequestsThisMonth(request: Omit<Applicant, "description"> & { receivedOn: string | null; createdAt: Date }) {
  const sameApplicant = sameApplicantWhere(request);
  if (sameApplicant.length === 0 || !request.receivedOn) return 0;
  const month = request.receivedOn.slice(0, 7);
  return db.disclosureRequest.count({
    where: {
      orgId: request.orgId,
      id: { not: request.id },
      OR: sameApplicant,
      AND: [
        { receivedOn: { gte: `${month}-01`, lte: `${month}-31` } },
        { OR: [{ receivedOn: { lt: request.receivedOn } }, { receivedOn: request.receivedOn, createdAt: { lt: request.createdAt } }] },
      ],
    },
  });
}

/**
 * Repeat-request hint (第三十六条（六）): earlier requests to the same body by the same applicant (same ID
 * number or credit code, or same name and phone) whose description is alike. A suggestion for the clerk only.
 */
export async function similarRequests(request: Applicant) {
  const sameApplicant = sameApplicantWhere(request);
  if (sameApplicant.length === 0) return [];
  const candidates = await db.disclosureRequest.findMany({
    where: { orgId: request.orgId, id: { not: request.id }, OR: sameApplicant },
    select: { id: true, number: true, description: true, status: true, outcome: true, closedOn: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return candidates
    .map((c) => ({ ...c, score: descriptionSimilarity(c.description, request.description) }))
    .filter((c) => c.score >= SIMILAR_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}

/** The body an applicant chose (by its code in the address), or null: a region node receives no applications. */
export function applicationTarget(code: string) {
  return db.organization.findFirst({
    where: { code, kind: { not: "region" } },
    select: { id: true, code: true, name: true, officeName: true, address: true, phone: true },
  });
}
