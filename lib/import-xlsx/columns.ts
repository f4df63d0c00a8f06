import { DISCLOSURES, GENRES, PUBLICATION_CHANNELS, VALIDITIES } from "@/lib/items/codes";
import { ITEM_LIMITS } from "@/lib/items/schema";
import { APPLICANT_KINDS, APPLICANT_TYPES, OBTAIN_METHODS, PROVISION_FORMS, REQUEST_CHANNELS } from "@/lib/requests/codes";
import { ID_TYPES } from "@/lib/requests/identity";

// The columns of the Excel templates: one per field of the web form (lib/items/schema.ts itemSchema, the clerk's
// intake form lib/requests/schemas.ts intakeSchema), headed with the form's own label. The template writer and the
// reader both work from this table, so a column is defined once.

export const IMPORT_KINDS = { items: "政府信息", requests: "依申请公开" } as const;
export type ImportKind = keyof typeof IMPORT_KINDS;

/** Rows one file may hold: one transaction, one preview page. Larger sets go through the JSON interchange. */
export const MAX_IMPORT_ROWS = 1000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_LABEL = "5 MB";
/** What a file may unpack to (XML compresses ~10×, so a full 1,000-row template stays far below). */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
export const MAX_UNZIPPED_LABEL = "50 MB";

export type Column = {
  /** The form field (zod schema key) the column fills. */
  key: string;
  /** The form's label: the column header. */
  header: string;
  /** text: as typed; date: YYYY-MM-DD or an Excel date; choice: one label of `choices`; multi: several, separated by 、 */
  type: "text" | "date" | "choice" | "multi";
  /** Closed code sets: code → Chinese label; the template offers the labels in a drop-down list. */
  choices?: Readonly<Record<string, string>>;
  /** 必填 / 选填 / when it is required: the 说明 sheet's second column. */
  required: string;
  /** What to write, for the 说明 sheet. */
  note: string;
  width: number;
};

const ORG_TYPES = Object.fromEntries(Object.entries(APPLICANT_TYPES).filter(([code]) => code !== "natural_person"));

/** Separators accepted between the labels of a multi-choice cell. */
export const MULTI_SEPARATOR = /[、,，;；\s]+/;

/** The item template's columns; 主题分类 offers the categories in use (id → name). */
export function itemColumns(categories: Readonly<Record<string, string>>): Column[] {
  return [
    { key: "title", header: "标题", type: "text", required: "必填", note: `不超过 ${ITEM_LIMITS.title} 个字`, width: 40 },
    { key: "docNo", header: "文号", type: "text", required: "选填", note: "如：陶政〔2024〕3号；没有文号的留空", width: 20 },
    { key: "categoryId", header: "主题分类", type: "choice", choices: categories, required: "必填", note: "从下拉列表选择", width: 16 },
    { key: "genre", header: "体裁", type: "choice", choices: GENRES, required: "必填", note: "从下拉列表选择", width: 16 },
    { key: "disclosure", header: "公开属性", type: "choice", choices: DISCLOSURES, required: "必填", note: "从下拉列表选择", width: 14 },
    {
      key: "withheldReason",
      header: "不予公开理由",
      type: "text",
      required: "公开属性为不予公开时必填",
      note: "写明法律依据，如：涉及国家秘密（条例第十四条）",
      width: 24,
    },
    { key: "issuer", header: "发布机构", type: "text", required: "选填", note: "留空即为本机关名称", width: 20 },
    { key: "createdOn", header: "成文日期", type: "date", required: "必填", note: "格式 YYYY-MM-DD（如 2024-03-15），不能晚于今天；索引号按其年份生成", width: 14 },
    { key: "publishedOn", header: "公开日期", type: "date", required: "选填", note: "格式 YYYY-MM-DD，不能早于成文日期；留空则在审核发布时自动填为当天", width: 14 },
    { key: "validity", header: "有效性", type: "choice", choices: VALIDITIES, required: "必填", note: "从下拉列表选择", width: 10 },
    { key: "abolishedOn", header: "废止/失效日期", type: "date", required: "有效性为废止或失效时必填", note: "格式 YYYY-MM-DD；有效的信息留空", width: 14 },
    {
      key: "channels",
      header: "公开方式",
      type: "multi",
      choices: PUBLICATION_CHANNELS,
      required: "选填",
      note: `可填多个，用顿号“、”分隔，可选：${Object.values(PUBLICATION_CHANNELS).join("、")}`,
      width: 24,
    },
    { key: "summary", header: "内容概述", type: "text", required: "选填", note: `不超过 ${ITEM_LIMITS.summary} 个字`, width: 30 },
    { key: "body", header: "正文", type: "text", required: "选填", note: "纯文本，每段一行（单元格内按 Alt+Enter 换行）", width: 40 },
  ];
}

/** The request template's columns: the clerk's intake form, both halves (公民 / 法人或其他组织) side by side. */
export function requestColumns(): Column[] {
  return [
    { key: "channel", header: "申请渠道", type: "choice", choices: REQUEST_CHANNELS, required: "必填", note: "从下拉列表选择", width: 14 },
    {
      key: "receivedOn",
      header: "收到申请之日",
      type: "date",
      required: "必填",
      note: "格式 YYYY-MM-DD，不能晚于今天。当面提交：提交之日；邮寄：签收之日；平常信函、传真、电子邮件：与申请人确认之日（条例第三十一条）",
      width: 14,
    },
    { key: "applicantKind", header: "申请人类型", type: "choice", choices: APPLICANT_KINDS, required: "必填", note: "公民，或法人或其他组织；只读取该类型的列", width: 16 },
    { key: "applicantName", header: "姓名或名称", type: "text", required: "必填", note: "公民填姓名（50字以内），组织填名称（100字以内）", width: 20 },
    { key: "idType", header: "证件类型", type: "choice", choices: ID_TYPES, required: "公民必填", note: "从下拉列表选择；组织留空", width: 18 },
    { key: "idNumber", header: "证件号码", type: "text", required: "公民必填", note: "居民身份证为18位，最后一位可能是X。本列已设为文本格式，请勿改为数字", width: 22 },
    { key: "applicantType", header: "组织类型", type: "choice", choices: ORG_TYPES, required: "组织必填", note: "从下拉列表选择；公民留空", width: 16 },
    { key: "orgCreditCode", header: "统一社会信用代码", type: "text", required: "组织必填", note: "18位，见营业执照或登记证书", width: 22 },
    { key: "legalRepresentative", header: "法定代表人或负责人", type: "text", required: "组织必填", note: "50字以内", width: 16 },
    { key: "contactName", header: "联系人姓名", type: "text", required: "组织必填", note: "50字以内", width: 14 },
    { key: "phone", header: "联系电话", type: "text", required: "必填", note: "11位手机号码，或带区号的固定电话（如 0598-3700270）", width: 16 },
    { key: "email", header: "电子邮箱", type: "text", required: "获取方式为电子邮件时必填", note: "如 name@example.com", width: 22 },
    { key: "address", header: "通信地址", type: "text", required: "获取方式为邮寄时必填", note: "200字以内", width: 28 },
    { key: "postcode", header: "邮政编码", type: "text", required: "选填", note: "6位数字", width: 10 },
    { key: "description", header: "所需信息的内容描述", type: "text", required: "必填", note: "写明信息的名称、文号或便于查询的其他特征，2000字以内", width: 40 },
    { key: "purpose", header: "所需信息的用途", type: "text", required: "选填", note: "500字以内", width: 24 },
    { key: "provisionForm", header: "信息的提供形式", type: "choice", choices: PROVISION_FORMS, required: "必填", note: "从下拉列表选择", width: 14 },
    { key: "obtainMethod", header: "获取信息的方式", type: "choice", choices: OBTAIN_METHODS, required: "必填", note: "从下拉列表选择", width: 16 },
  ];
}

/** The data sheet's name: what the reader looks for first. */
export const DATA_SHEET: Record<ImportKind, string> = { items: "政府信息", requests: "依申请公开" };
export const NOTES_SHEET = "说明";
/** The hidden sheet holding the drop-down lists (a list typed into the validation itself is limited to 255 characters). */
export const LISTS_SHEET = "代码表";
