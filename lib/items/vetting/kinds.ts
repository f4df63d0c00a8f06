import { labelOf, type CodeSet } from "@/lib/labels";

/** What the 保密审查 scanner looks for (lib/items/vetting/scan.ts). 统一社会信用代码 is public by law and never a finding. */
export const FINDING_KINDS = {
  id_number: "身份证号",
  mobile: "手机号",
  bank_card: "银行卡号",
  secrecy_mark: "密级标志",
  internal: "内部资料",
  not_public: "不予公开",
} as const satisfies CodeSet<string>;
export type FindingKind = keyof typeof FINDING_KINDS;

/** Where a finding was seen: the title, the body, an attachment's file name or an attachment's text. */
export const FINDING_SOURCES = {
  title: "标题",
  summary: "摘要",
  body: "正文",
  attachment_name: "附件名称",
  attachment: "附件内容",
} as const satisfies CodeSet<string>;
export type FindingSourceKind = keyof typeof FINDING_SOURCES;

/** Where a finding or a checked source is, in words: 正文, 附件内容（名单.pdf）. */
export const sourceLabel = (s: { kind?: string; source?: string; name?: string; sourceName?: string }) => {
  const name = s.name ?? s.sourceName;
  return `${labelOf(FINDING_SOURCES, s.source ?? s.kind)}${name ? `（${name}）` : ""}`;
};

/** Why an item was withdrawn: 泄密 and 个人信息 hide it from the public altogether. */
export const WITHDRAWAL_CAUSES = {
  correction: "内容更正或调整",
  leak: "泄密",
  personal_data: "泄露个人信息",
  other: "其他",
} as const satisfies CodeSet<string>;
export type WithdrawalCause = keyof typeof WITHDRAWAL_CAUSES;
/** The causes for which the public sees only "该信息已撤回": repeating the title could repeat the leak. */
export const HIDING_CAUSES = ["leak", "personal_data"] as const satisfies readonly WithdrawalCause[];
export const hidesFromPublic = (cause: string | null | undefined) => (HIDING_CAUSES as readonly string[]).includes(cause ?? "");
