// The legal basis and the remedy of every 答复书, as data: one entry per letter. Each outcome of table 三
// (lib/requests/codes.ts) has its letter; 本机关不掌握 has two, because the report counts both 第三十六条（四）
// 不存在 and （五）非本机关 under （四）1 (docs/ARCHITECTURE.md, counting rules). Sources and what we checked:
// docs/NOTICES.md.

import type { Outcome } from "@/lib/requests/codes";

/**
 * How the applicant may challenge the decision (行政复议法 2023 revision, in force 2024-01-01):
 * - `either`: 行政复议 (第十一条) or 行政诉讼 directly, as the applicant chooses;
 * - `review_first`: 第二十三条第一款第（四）项 "申请政府信息公开，行政机关不予公开" — 行政复议 first, then 行政诉讼.
 */
export type Remedy = "either" | "review_first";

export type ReplyLetter = {
  /** The outcome the letter answers (its row of table 三). */
  outcome: Outcome;
  /** The letter's name (政府信息公开申请答复书 is the generic one). */
  title: string;
  /** The 条例 article(s) the decision rests on, as cited in the letter. */
  basis: string;
  /** The decision in one sentence, after "经审查，". */
  decision: string;
  remedy: Remedy;
};

const REGULATION = "《中华人民共和国政府信息公开条例》";

const withheld = (ground: string, basis: string): Omit<ReplyLetter, "outcome"> => ({
  title: "政府信息不予公开告知书",
  basis,
  decision: `您申请公开的信息${ground}，根据${REGULATION}${basis}的规定，本机关决定不予公开。`,
  remedy: "review_first",
});

const notProcessed = (ground: string, basis: string): Omit<ReplyLetter, "outcome"> => ({
  title: "政府信息公开申请不予处理告知书",
  basis,
  decision: `您的申请${ground}，根据${REGULATION}${basis}的规定，本机关不作为政府信息公开申请处理。`,
  remedy: "either",
});

const LETTERS = {
  disclosed: {
    title: "政府信息公开告知书",
    basis: "第三十六条第（二）项",
    decision: `您申请公开的信息属于可以公开的政府信息，根据${REGULATION}第三十六条第（二）项的规定，本机关予以公开，现将该政府信息提供给您。`,
    remedy: "either",
  },
  partial: {
    title: "政府信息部分公开告知书",
    basis: "第三十七条",
    decision: `您申请公开的信息中含有不应当公开的内容，能够作区分处理，根据${REGULATION}第三十七条的规定，本机关向您提供可以公开的内容，对不予公开的内容说明理由如下。`,
    remedy: "review_first", // the withheld part is 不予公开
  },
  "withheld.state_secret": withheld("属于依法确定为国家秘密的政府信息", "第十四条"),
  "withheld.prohibited_by_law": withheld("属于法律、行政法规禁止公开的政府信息", "第十四条"),
  "withheld.security_stability": withheld("公开后可能危及国家安全、公共安全、经济安全、社会稳定", "第十四条"),
  "withheld.third_party": withheld("涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害", "第十五条"),
  "withheld.internal_affairs": withheld("属于人事管理、后勤管理、内部工作流程等方面的内部事务信息", "第十六条第一款"),
  "withheld.process_info": withheld("属于行政机关在履行行政管理职能过程中形成的过程性信息", "第十六条第二款"),
  "withheld.enforcement_file": withheld("属于行政执法案卷信息", "第十六条第二款"),
  "withheld.query_matter": {
    ...withheld("属于有关法律、行政法规对信息的获取有特别规定的行政查询事项", "第三十六条第（七）项"),
    decision: `您申请公开的信息属于有关法律、行政法规对信息的获取有特别规定的行政查询事项，根据${REGULATION}第三十六条第（七）项的规定，请您依照有关法律、行政法规的规定办理。`,
  },
  "unavailable.not_held": {
    title: "政府信息不存在告知书",
    basis: "第三十六条第（四）项",
    decision: `经检索，本机关没有您申请公开的政府信息，根据${REGULATION}第三十六条第（四）项的规定，告知您该政府信息不存在。`,
    remedy: "either",
  },
  "unavailable.needs_creation": {
    title: "政府信息公开申请答复书",
    basis: "第三十八条",
    decision: `您申请的信息需要本机关对现有政府信息进行加工、分析，根据${REGULATION}第三十八条的规定，本机关不予提供。`,
    remedy: "either",
  },
  "unavailable.unclear": {
    title: "政府信息公开申请答复书",
    basis: "第三十条",
    decision: `本机关已一次性告知您补正，补正后申请内容仍不明确，根据${REGULATION}第三十条的规定，本机关无法提供。`,
    remedy: "either",
  },
  "not_processed.complaint": notProcessed("属于以政府信息公开申请的形式进行信访、投诉、举报等活动", "第三十九条第一款"),
  "not_processed.duplicate": notProcessed("属于本机关已作出答复后重复申请公开相同政府信息", "第三十六条第（六）项"),
  "not_processed.publication": notProcessed("要求提供政府公报、报刊、书籍等公开出版物", "第三十九条第二款"),
  "not_processed.excessive": notProcessed("申请公开政府信息的数量、频次明显超过合理范围且理由不合理", "第三十五条"),
  "not_processed.confirmation": notProcessed("要求行政机关确认或者重新出具已获取的信息", "第二条"),
  "other.no_correction": {
    title: "政府信息公开申请终止处理告知书",
    basis: "第三十条",
    decision: `您无正当理由逾期未补正，根据${REGULATION}第三十条的规定，视为放弃申请，本机关不再处理该政府信息公开申请。`,
    remedy: "either",
  },
  "other.unpaid_fee": {
    title: "政府信息公开申请终止处理告知书",
    basis: "第四十二条",
    decision: `您逾期未按收费通知要求缴纳信息处理费，根据${REGULATION}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，视为放弃申请，本机关不再处理该政府信息公开申请。`,
    remedy: "either",
  },
  "other.other": {
    title: "政府信息公开申请答复书",
    basis: "第三十六条",
    decision: `根据${REGULATION}第三十六条的规定，本机关对您的申请答复如下。`,
    remedy: "either",
  },
} satisfies Record<Outcome, Omit<ReplyLetter, "outcome">>;

/** 第三十六条（五）: counted under （四）1 like 不存在 ([M]), but its own letter names the responsible body. */
const NOT_OURS: ReplyLetter = {
  outcome: "unavailable.not_held",
  title: "非本机关政府信息告知书",
  basis: "第三十六条第（五）项",
  decision: `您申请公开的信息不属于本机关负责公开，根据${REGULATION}第三十六条第（五）项的规定告知您，负责公开该政府信息的行政机关为：【机关名称及联系方式】。`,
  remedy: "either",
};

/** Letter codes: every outcome, plus `not_ours`. */
export type LetterCode = Outcome | "not_ours";

export function replyLetter(code: LetterCode): ReplyLetter {
  return code === "not_ours" ? NOT_OURS : { outcome: code, ...LETTERS[code] };
}

export const LETTER_CODES = [...(Object.keys(LETTERS) as Outcome[]), "not_ours"] as LetterCode[];

export function isLetterCode(code: string): code is LetterCode {
  return code === "not_ours" || Object.hasOwn(LETTERS, code);
}

/**
 * The 救济告知 sentence. Periods: 行政复议法第二十条 (60 days), 行政诉讼法第四十六条 (6 months). `reviewBody` is
 * the 复议机关 (行政复议法第二十四条): the government above the body, or the body's own government for a department.
 */
export function remedyText(remedy: Remedy, reviewBody: string): string {
  if (remedy === "review_first") {
    return `如对本答复不服，根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，应当先自收到本答复之日起六十日内向${reviewBody}申请行政复议；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。`;
  }
  return `如对本答复不服，可以自收到本答复之日起六十日内向${reviewBody}申请行政复议，也可以自收到本答复之日起六个月内依法向人民法院提起行政诉讼。`;
}

/** The 复议机关 when the tree cannot tell: the clerk fills it in before sending. */
export const UNKNOWN_REVIEW_BODY = "【行政复议机关】";

const GOVERNMENTS = new Set(["provincial_government", "city_government", "county_government"]);

/**
 * 行政复议法第二十四条: a department's or a lower government's decisions are reviewed by the government it belongs
 * to or is under — the body's parent in our tree when that is a government. A provincial government reviews its
 * own decisions (第二十五条). Vertical systems (海关、税务 … 第二十七条) are not modelled: the clerk edits the letter.
 */
export function reviewBodyOf(org: { name: string; kind: string; parent: { name: string; kind: string } | null }): string {
  if (org.kind === "provincial_government") return org.name;
  if (org.parent && GOVERNMENTS.has(org.parent.kind)) return org.parent.name;
  return UNKNOWN_REVIEW_BODY;
}
