import { CONSULTED_PARTIES, FEE_BASES, OUTCOMES, REQUEST_CHANNELS } from "./codes";

/** What each ledger entry is called in the request's history. */
export const EVENT_LABELS: Record<string, string> = {
  received: "收到申请",
  correction_sent: "发出补正通知",
  correction_received: "收到补正",
  consultation_start: "发出征求意见书",
  consultation_end: "征求意见结束",
  extension_approved: "延长答复期限",
  fee_notice: "发出收费通知",
  fee_paid: "缴纳信息处理费",
  reply_sent: "答复办结",
  calendar_changed: "节假日安排调整",
  note: "备注",
};

const label = (set: Record<string, string>, code: unknown) => (typeof code === "string" ? (set[code] ?? code) : "");
const yuan = (fen: unknown) => (typeof fen === "number" ? `${(fen / 100).toFixed(2)}元` : "");

/** One line of plain Chinese for an event's recorded details (the clerk's history table). */
export function describeEvent(kind: string, detailJson: string | null): string {
  let d: Record<string, unknown> = {};
  try {
    d = detailJson ? (JSON.parse(detailJson) as Record<string, unknown>) : {};
  } catch {
    return "";
  }
  const parts: string[] = [];
  switch (kind) {
    case "received":
      if (d.channel) parts.push(`渠道：${label(REQUEST_CHANNELS, d.channel)}`);
      break;
    case "correction_sent":
      if (d.items) parts.push(`需补正：${String(d.items)}`);
      if (d.deadline) parts.push(`补正期限：${String(d.deadline)}`);
      break;
    case "correction_received":
      if (d.supplied) parts.push(`补正内容：${String(d.supplied)}`);
      break;
    case "consultation_start":
      parts.push(`${label(CONSULTED_PARTIES, d.with ?? "third_party")}${d.party ? `：${String(d.party)}` : ""}`);
      break;
    case "consultation_end":
      if (d.note) parts.push(`意见：${String(d.note)}`);
      break;
    case "extension_approved":
      parts.push(`延长${String(d.days)}个工作日`);
      if (d.approvedBy) parts.push(`批准人：${String(d.approvedBy)}`);
      if (d.notifiedOn) parts.push(`告知申请人：${String(d.notifiedOn)}`);
      break;
    case "fee_notice":
      parts.push(`${label(FEE_BASES, d.basis)} ${yuan(d.amountFen)}`.trim());
      break;
    case "reply_sent":
      if (d.outcome) parts.push(label(OUTCOMES, d.outcome));
      if (d.reason) parts.push(`理由：${String(d.reason)}`);
      break;
    case "calendar_changed":
      if (d.note) parts.push(String(d.note));
      if (d.from || d.to) parts.push(`答复期限：${String(d.from ?? "—")} → ${String(d.to ?? "—")}`);
      break;
  }
  return parts.filter(Boolean).join("；");
}
