import { codesOf, type CodeSet } from "@/lib/labels";

/** Columns of table 三, in the official order. */
export const APPLICANT_TYPES = {
  natural_person: "自然人",
  commercial: "商业企业",
  research: "科研机构",
  public_interest: "社会公益组织",
  legal_service: "法律服务机构",
  other_org: "其他组织",
} as const satisfies CodeSet<string>;
export type ApplicantType = keyof typeof APPLICANT_TYPES;

/** 条例第三十一条 decides the receipt date from the channel. */
export const REQUEST_CHANNELS = {
  in_person: "当面提交",
  mail_signed: "邮寄（需签收）",
  mail_plain: "平常信函",
  online: "互联网",
  fax: "传真",
  email: "电子邮件",
  oral: "口头提出",
} as const satisfies CodeSet<string>;
export type RequestChannel = keyof typeof REQUEST_CHANNELS;

/** Every way a request can be closed; each lands on exactly one row of table 三. */
export const OUTCOMES = {
  disclosed: "予以公开",
  partial: "部分公开",
  "withheld.state_secret": "不予公开：属于国家秘密",
  "withheld.prohibited_by_law": "不予公开：其他法律行政法规禁止公开",
  "withheld.security_stability": "不予公开：危及“三安全一稳定”",
  "withheld.third_party": "不予公开：保护第三方合法权益",
  "withheld.internal_affairs": "不予公开：属于三类内部事务信息",
  "withheld.process_info": "不予公开：属于四类过程性信息",
  "withheld.enforcement_file": "不予公开：属于行政执法案卷",
  "withheld.query_matter": "不予公开：属于行政查询事项",
  "unavailable.not_held": "无法提供：本机关不掌握相关政府信息",
  "unavailable.needs_creation": "无法提供：没有现成信息需要另行制作",
  "unavailable.unclear": "无法提供：补正后申请内容仍不明确",
  "not_processed.complaint": "不予处理：信访举报投诉类申请",
  "not_processed.duplicate": "不予处理：重复申请",
  "not_processed.publication": "不予处理：要求提供公开出版物",
  "not_processed.excessive": "不予处理：无正当理由大量反复申请",
  "not_processed.confirmation": "不予处理：要求行政机关确认或重新出具已获取信息",
  "other.no_correction": "其他处理：申请人无正当理由逾期不补正",
  "other.unpaid_fee": "其他处理：申请人逾期未按收费通知要求缴纳费用",
  "other.other": "其他处理：其他",
} as const satisfies CodeSet<string>;
export type Outcome = keyof typeof OUTCOMES;

export const applicantTypeCodes = codesOf(APPLICANT_TYPES);
export const requestChannelCodes = codesOf(REQUEST_CHANNELS);
export const outcomeCodes = codesOf(OUTCOMES);

/** Where a request stands; stored so the dashboard can count by it, always re-derived from the ledger. */
export const REQUEST_STATUSES = {
  awaiting_confirmation: "待确认收到",
  received: "办理中",
  awaiting_correction: "待补正",
  consulting: "征求意见中",
  awaiting_fee: "待缴费",
  extended: "已延期答复",
  closed: "已办结",
} as const satisfies CodeSet<string>;
export type RequestStatus = keyof typeof REQUEST_STATUSES;

/** 公民 or 法人或其他组织: the two halves of every application form (条例第二十九条). */
export const APPLICANT_KINDS = { person: "公民", organization: "法人或其他组织" } as const satisfies CodeSet<string>;
export type ApplicantKind = keyof typeof APPLICANT_KINDS;

/** 所需信息的指定提供载体形式. */
export const PROVISION_FORMS = { paper: "纸质文本", electronic: "电子数据" } as const satisfies CodeSet<string>;

/** 获取信息的方式. */
export const OBTAIN_METHODS = {
  pickup: "自行领取",
  onsite: "当场阅读、抄录",
  mail: "邮寄（快递）",
  email: "电子邮件",
} as const satisfies CodeSet<string>;

/** Who is consulted under 第三十二条 (third party) or 第三十四条 (co-producing agency). */
export const CONSULTED_PARTIES = { third_party: "第三方", agency: "其他行政机关" } as const satisfies CodeSet<string>;

/** 信息处理费 basis (国办函〔2020〕109号 第三条): one or the other per application, never both. */
export const FEE_BASES = { per_item: "按件计收", per_page: "按量计收" } as const satisfies CodeSet<string>;

/** Every outcome but a plain 予以公开 tells the applicant why (第三十六条（三）（五）（六）, 第三十七条 …). */
export function outcomeNeedsReason(outcome: Outcome): boolean {
  return outcome !== "disclosed";
}

export const requestStatusCodes = codesOf(REQUEST_STATUSES);
/** Every status but closed, named: `status IN (…)` is read from the status index, `status <> 'closed'` scans the table. */
export const OPEN_REQUEST_STATUSES = requestStatusCodes.filter((status) => status !== "closed");
export const applicantKindCodes = codesOf(APPLICANT_KINDS);
export const provisionFormCodes = codesOf(PROVISION_FORMS);
export const obtainMethodCodes = codesOf(OBTAIN_METHODS);
export const consultedPartyCodes = codesOf(CONSULTED_PARTIES);
export const feeBasisCodes = codesOf(FEE_BASES);
