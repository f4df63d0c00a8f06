import "server-only";
import type { Calendar } from "@/lib/calendar/working-days";
import { loadCalendar } from "@/lib/calendar/queries";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { todayInChina } from "@/lib/dates";
import { findEvent } from "@/lib/requests/events";
import { DUE_SOON_WORKING_DAYS, dashboardGroups, dueSoonHorizon, openRequestClocks, type OpenRequest } from "@/lib/requests/queries";
import { queueMail } from "./outbox";

type DigestRequest = Pick<OpenRequest, "number" | "applicantName" | "clock" | "daysLeft" | "status" | "events" | "submittedAt">;

/** One section of the digest: a heading and its lines, one per request. */
export type DigestSection = { title: string; lines: string[] };

/**
 * The clerk's daily reminder for one body, from the dashboard's groups (the same clocks, the same rule for "due
 * soon"), plus the 补正 and fee deadlines that lapse within as many working days. Empty sections are left out.
 */
export function digestSections(open: DigestRequest[], today: string, cal: Calendar): DigestSection[] {
  const groups = dashboardGroups(open as OpenRequest[]);
  const horizon = dueSoonHorizon(today, cal);
  const who = (r: DigestRequest) => `${r.number} ${r.applicantName}`;
  const correctionBy = (r: DigestRequest) =>
    r.status === "awaiting_correction" ? (findEvent(r.events, "correction_sent")?.detail.deadline ?? null) : null;
  const lapsing = (date: string | null): date is string => date !== null && date <= horizon;
  const sections: DigestSection[] = [
    { title: "已超过答复期限", lines: groups.overdue.map((r) => `${who(r)}，答复期限 ${r.clock.dueOn}`) },
    {
      title: `${DUE_SOON_WORKING_DAYS}个工作日内到期`,
      lines: groups.dueSoon.map((r) => `${who(r)}，答复期限 ${r.clock.dueOn}（剩余${r.daysLeft}个工作日）`),
    },
    {
      title: "补正期限即将届满",
      lines: open.filter((r) => lapsing(correctionBy(r))).map((r) => `${who(r)}，补正期限 ${correctionBy(r)}`),
    },
    {
      title: "缴费期限即将届满",
      lines: open.filter((r) => lapsing(r.clock.feeDueOn)).map((r) => `${who(r)}，缴费期限 ${r.clock.feeDueOn}`),
    },
    {
      title: "待确认的在线申请",
      lines: groups.awaitingConfirmation.map((r) => `${who(r)}，${todayInChina(r.submittedAt)} 提交`),
    },
  ];
  return sections.filter((s) => s.lines.length > 0);
}

export function digestText(orgName: string, today: string, sections: DigestSection[]): string {
  const body = sections.map((s) => [`【${s.title}】（${s.lines.length}件）`, ...s.lines.map((l) => `  ${l}`)].join("\n"));
  return [`${orgName} 依申请公开每日提醒（${today}）`, "", ...body.flatMap((b) => [b, ""]), `请登录 ${env.NEXTAUTH_URL}/admin/requests 办理。`, ""].join("\n");
}

/**
 * Queues today's digest of every body with something to remind of and a contact e-mail (the 机关's e-mail in its
 * details: the office's shared mailbox). Once per body and day, however many runners or runs ask (dedupe key).
 */
export async function queueDigests(today = todayInChina()) {
  const [orgs, cal] = await Promise.all([
    db.organization.findMany({ where: { email: { not: null } }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
    loadCalendar(),
  ]);
  let queued = 0;
  for (const org of orgs) {
    if (!org.email?.trim()) continue;
    const sections = digestSections(await openRequestClocks({ orgId: org.id }, 1000, today), today, cal);
    if (sections.length === 0) continue;
    const mail = { dedupeKey: `digest:${org.id}:${today}`, to: org.email.trim(), orgId: org.id, subject: `【依申请公开提醒】${org.name} ${today}`, text: digestText(org.name, today, sections) };
    if (await queueMail(mail)) queued++;
  }
  return queued;
}
