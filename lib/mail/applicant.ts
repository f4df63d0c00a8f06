import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { labelOf } from "@/lib/labels";
import type { Clock } from "@/lib/requests/clock";
import { OUTCOMES } from "@/lib/requests/codes";
import { readEvent, type LedgerEvent } from "@/lib/requests/events";
import { queueMail } from "./outbox";

/** The request as a notice needs it. */
export type NoticeRequest = { id: string; orgId: string; number: string; email: string | null; org: { name: string; phone: string | null } };
type Notice = { subject: string; lines: string[] };
type NoticeOf<K extends LedgerEvent["kind"]> = (event: Extract<LedgerEvent, { kind: K }>, clock: Clock) => Notice;

const track = () => `您可以在 ${env.NEXTAUTH_URL}/track 输入申请编号和查询码查看办理进度。`;

/**
 * The events the applicant is told of by e-mail (the others stay on /track): the receipt, the 补正 notice, the
 * extension, the reply and the withdrawal. Each is queued in the transaction that records its event.
 */
const NOTICES: { [K in LedgerEvent["kind"]]?: NoticeOf<K> } = {
  received: (e, clock) => ({
    subject: "已收到您的政府信息公开申请",
    lines: [`您的申请已于${e.on}收到（收到申请之日）。`, clock.dueOn ? `答复期限：${clock.dueOn}前（法定节假日不计入）。` : ""],
  }),
  correction_sent: (e) => ({
    subject: "请补正您的政府信息公开申请",
    lines: [
      `经审查，您的申请内容需要补正（${e.on}通知）。需补正的内容：`,
      e.detail.items ?? "",
      e.detail.deadline ? `请于${e.detail.deadline}前补正。逾期无正当理由不补正的，视为放弃申请。` : "",
      "您可以在申请查询页面在线提交补正内容和材料。",
    ],
  }),
  extension_approved: (e, clock) => ({
    subject: "您的政府信息公开申请已延长答复期限",
    lines: [`经负责人同意，答复期限延长${e.detail.days ?? ""}个工作日（${e.on}）。`, clock.dueOn ? `延长后的答复期限：${clock.dueOn}前。` : ""],
  }),
  reply_sent: (e) => ({
    subject: "您的政府信息公开申请已答复",
    lines: [`您的申请已于${e.on}答复。办理结果：${e.detail.outcome ? labelOf(OUTCOMES, e.detail.outcome) : ""}。`, "答复内容和答复文件可在申请查询页面查看和下载。"],
  }),
  withdrawn: (e) => ({ subject: "您已撤回政府信息公开申请", lines: [`您的申请已于${e.on}撤回，本机关不再处理。`] }),
};

/** The mail telling the applicant of `event`, or null when it tells nothing or the applicant gave no e-mail. */
export function applicantNotice(request: NoticeRequest, event: LedgerEvent, clock: Clock) {
  const notice = (NOTICES[event.kind] as NoticeOf<typeof event.kind> | undefined)?.(event as never, clock);
  if (!notice || !request.email) return null;
  const contact = request.org.phone ? `如有疑问，请联系${request.org.name}（电话 ${request.org.phone}）。` : `如有疑问，请联系${request.org.name}。`;
  const text = [`申请编号：${request.number}`, "", ...notice.lines.filter(Boolean), "", track(), contact, "", request.org.name, ""].join("\n");
  return { to: request.email, subject: `${notice.subject}（${request.number}）`, text };
}

/** Queues the notice of a just-recorded event (`eventId` makes it once only), in the event's transaction. */
export async function queueApplicantNotice(
  tx: Prisma.TransactionClient,
  request: NoticeRequest,
  event: { id: string; kind: string; on: string; detail: string | null },
  clock: Clock,
) {
  const read = readEvent(event);
  const mail = read && applicantNotice(request, read, clock);
  if (!mail) return false;
  return queueMail({ ...mail, dedupeKey: `event:${event.id}`, orgId: request.orgId, requestId: request.id }, tx);
}

/** The acknowledgement of an online application, before the office confirms receipt (第三十一条（三）). */
export async function queueSubmissionNotice(tx: Prisma.TransactionClient, request: NoticeRequest) {
  if (!request.email) return false;
  const lines = [
    `申请编号：${request.number}`,
    "",
    `${request.org.name}已收到您在网上提交的政府信息公开申请。受理机关与您确认后，以确认之日为收到申请之日，开始计算答复期限。`,
    "请妥善保管提交时页面上显示的查询码，查询进度、在线补正和撤回申请都需要它。",
    "",
    track(),
    "",
    request.org.name,
    "",
  ];
  return queueMail({ dedupeKey: `submitted:${request.id}`, to: request.email, subject: `申请已提交（${request.number}）`, text: lines.join("\n"), orgId: request.orgId, requestId: request.id }, tx);
}
