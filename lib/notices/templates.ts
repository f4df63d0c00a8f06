// The 文书 of a request, as plain text filled from the request, its ledger and its clock. The clerk edits the text
// before sending; the sent text is frozen in the ledger (event `notice_sent`). A fact the records do not hold yet
// prints as 【…】 for the clerk to fill in. Pure: no database, dates passed in (docs/NOTICES.md).

import { codesOf, type CodeSet } from "@/lib/labels";
import { FEE_BASES } from "@/lib/requests/codes";
import { CONSULTATION_REPLY_DAYS, MAX_EXTENSION_DAYS } from "@/lib/requests/periods";
import { remedyText, replyLetter, type LetterCode } from "./legal";

/** The notices a standardised office sends (e.g. 宿迁 宿政办函〔2021〕21号), in the order of the procedure. */
export const NOTICE_KINDS = {
  receipt: "政府信息公开申请登记回执",
  correction: "政府信息公开申请补正告知书",
  extension: "政府信息公开申请延期答复告知书",
  consultation: "政府信息公开第三方意见征询书",
  fee: "政府信息公开信息处理费收费通知书",
  reply: "政府信息公开申请答复书",
} as const satisfies CodeSet<string>;
export type NoticeKind = keyof typeof NOTICE_KINDS;
export const noticeKindCodes = codesOf(NOTICE_KINDS);

/** Everything a notice may say, read from the records by lib/notices/queries.ts. */
export type NoticeFacts = {
  org: { name: string; officeName: string | null; address: string | null; phone: string | null };
  /** The 复议机关 (legal.ts reviewBodyOf). */
  reviewBody: string;
  request: { number: string; applicantName: string; description: string; submittedOn: string; receivedOn: string | null };
  /** The answer deadline in force (from the clock), null while none runs. */
  dueOn: string | null;
  correction: { items: string | null; deadline: string | null } | null;
  extension: { days: number; dueOn: string | null } | null;
  consultation: { party: string | null } | null;
  fee: { basis: string; amountFen: number; quantity: string | null; payBy: string | null } | null;
  reply: { letter: LetterCode; reason: string | null } | null;
  /** The notice's date (today, or the day of the step). */
  on: string;
};

export type NoticeText = { title: string; text: string };

/** "2024年3月1日" — a legal date as 公文 print it. */
export function chineseDate(date: string | null): string {
  if (!date) return "【日期】";
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

const blank = (value: string | null | undefined, placeholder: string) => (value && value.trim() ? value.trim() : `【${placeholder}】`);
const yuan = (fen: number) => `${(fen / 100).toFixed(2)}元`;

/** The sender's block at the foot of every notice. */
function signature(f: NoticeFacts): string {
  const contact = [f.org.address ? `地址：${f.org.address}` : "", f.org.phone ? `联系电话：${f.org.phone}` : ""].filter(Boolean).join("　");
  return [contact, "", f.org.name, chineseDate(f.on)].join("\n");
}

/** Whom the notice is addressed to: the applicant, or the third party consulted. */
const addressee = (kind: NoticeKind, f: NoticeFacts) =>
  kind === "consultation" ? `${blank(f.consultation?.party, "第三方名称")}：` : `${f.request.applicantName}：`;
const received = (f: NoticeFacts) =>
  `本机关于${chineseDate(f.request.receivedOn ?? f.request.submittedOn)}收到您提出的政府信息公开申请（申请编号：${f.request.number}），申请公开“${f.request.description}”。`;

const BODIES: Record<NoticeKind, (f: NoticeFacts) => string[]> = {
  receipt: (f) => [
    `${received(f)}`,
    f.request.receivedOn
      ? `根据《中华人民共和国政府信息公开条例》第三十三条的规定，本机关将于${chineseDate(f.dueOn)}前作出答复（征求第三方或者其他机关意见、补正及缴纳信息处理费所需时间不计算在内）。`
      : "您的申请已提交，本机关将与您确认收到申请的日期，并自确认之日起计算答复期限。",
    `您可以凭申请编号和查询码在本机关政府信息公开网站查询办理进度。`,
  ],
  correction: (f) => [
    `${received(f)}`,
    "经审查，您的申请内容不明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，现一次性告知您作出补正，需要补正的事项如下：",
    blank(f.correction?.items, "需要补正的事项"),
    `请您于${chineseDate(f.correction?.deadline ?? null)}前向本机关提交补正材料。答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。`,
  ],
  extension: (f) => [
    `${received(f)}`,
    `因【延期理由】，本机关不能在法定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长${f.extension?.days ?? `【不超过${MAX_EXTENSION_DAYS}】`}个工作日，本机关将于${chineseDate(f.extension?.dueOn ?? null)}前作出答复。`,
  ],
  consultation: (f) => [
    `本机关于${chineseDate(f.request.receivedOn ?? f.request.submittedOn)}收到政府信息公开申请（申请编号：${f.request.number}），申请公开“${f.request.description}”。该信息公开可能损害您的合法权益，根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求您的意见。`,
    `请您自收到本意见书之日起${CONSULTATION_REPLY_DAYS}个工作日内提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。`,
  ],
  fee: (f) => [
    `${received(f)}`,
    `您申请公开政府信息的数量、频次明显超过合理范围，根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关依法收取信息处理费。`,
    f.fee
      ? `计收方式：${FEE_BASES[f.fee.basis as keyof typeof FEE_BASES] ?? f.fee.basis}${f.fee.quantity ? `（${f.fee.quantity}）` : ""}；应缴金额：${yuan(f.fee.amountFen)}。`
      : "计收方式：【按件计收或按量计收】；应缴金额：【金额】。",
    `请您于${chineseDate(f.fee?.payBy ?? null)}前缴纳。缴费期间不计算在答复期限内；逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。缴费方式：【缴费方式】。`,
  ],
  reply: (f) => {
    const letter = replyLetter(f.reply?.letter ?? "disclosed");
    const reason = f.reply?.reason?.trim();
    return [
      `${received(f)}`,
      `经审查，${letter.decision}`,
      ...(reason ? [reason] : letter.outcome === "disclosed" ? [] : ["【具体理由】"]),
      remedyText(letter.remedy, f.reviewBody),
    ];
  },
};

/** The notice's title and its text, ready for the clerk's textarea. */
export function renderNotice(kind: NoticeKind, facts: NoticeFacts): NoticeText {
  const title = kind === "reply" ? replyLetter(facts.reply?.letter ?? "disclosed").title : NOTICE_KINDS[kind];
  const text = [addressee(kind, facts), ...BODIES[kind](facts).map((p) => `　　${p}`), "", "特此告知。", "", signature(facts)].join("\n");
  return { title, text };
}
