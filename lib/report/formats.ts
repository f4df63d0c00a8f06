import { z } from "zod";
import type { AppealKind } from "@/lib/appeals/codes";
import { APPLICANT_TYPES, OUTCOMES, type Outcome } from "@/lib/requests/codes";

/** The two official table formats. Years up to 2020 use the 2019 trial format (国办公开办函〔2019〕60号). */
export type ReportFormat = "2019" | "2021";

/** A report year: 2008 (the year the 条例 took effect) or later. */
export const reportYear = z.coerce
  .number({ error: "年度无效" })
  .int("年度无效")
  .min(2008, "年度不能早于 2008 年（《条例》施行之年）")
  .max(2100, "年度无效");

export function formatForYear(year: number): ReportFormat {
  return year <= 2020 ? "2019" : "2021";
}

type Row = { code: string; label: string };
export type ProactiveGroup = { heading: string; columns: Row[]; rows: Row[] };

/** Table 二, as data: groups by 第二十条 item, with verbatim labels. */
export const PROACTIVE_TABLE: Record<ReportFormat, ProactiveGroup[]> = {
  "2019": [
    {
      heading: "第二十条第（一）项",
      columns: [
        { code: "created", label: "本年新制作数量" },
        { code: "published", label: "本年新公开数量" },
        { code: "total_public", label: "对外公开总数量" },
      ],
      rows: [
        { code: "regulation", label: "规章" },
        { code: "normative", label: "规范性文件" },
      ],
    },
    {
      heading: "第二十条第（五）项",
      columns: [
        { code: "prev_items", label: "上一年项目数量" },
        { code: "delta", label: "本年增/减" },
        { code: "decisions", label: "处理决定数量" },
      ],
      rows: [
        { code: "licensing", label: "行政许可" },
        { code: "other_service", label: "其他对外管理服务事项" },
      ],
    },
    {
      heading: "第二十条第（六）项",
      columns: [
        { code: "prev_items", label: "上一年项目数量" },
        { code: "delta", label: "本年增/减" },
        { code: "decisions", label: "处理决定数量" },
      ],
      rows: [
        { code: "penalty", label: "行政处罚" },
        { code: "coercion", label: "行政强制" },
      ],
    },
    {
      heading: "第二十条第（八）项",
      columns: [
        { code: "prev_items", label: "上一年项目数量" },
        { code: "delta", label: "本年增/减" },
      ],
      rows: [{ code: "fees", label: "行政事业性收费" }],
    },
    {
      heading: "第二十条第（九）项",
      columns: [
        { code: "projects", label: "采购项目数量" },
        // The seed township's 2019-format report prints the unit in the header.
        { code: "amount", label: "采购总金额（元）" },
      ],
      rows: [{ code: "procurement", label: "政府集中采购" }],
    },
  ],
  "2021": [
    {
      heading: "第二十条第（一）项",
      columns: [
        { code: "issued", label: "本年制发件数" },
        { code: "abolished", label: "本年废止件数" },
        { code: "in_force", label: "现行有效件数" },
      ],
      rows: [
        { code: "regulation", label: "规章" },
        { code: "normative", label: "行政规范性文件" },
      ],
    },
    {
      heading: "第二十条第（五）项",
      columns: [{ code: "decisions", label: "本年处理决定数量" }],
      rows: [{ code: "licensing", label: "行政许可" }],
    },
    {
      heading: "第二十条第（六）项",
      columns: [{ code: "decisions", label: "本年处理决定数量" }],
      rows: [
        { code: "penalty", label: "行政处罚" },
        { code: "coercion", label: "行政强制" },
      ],
    },
    {
      heading: "第二十条第（八）项",
      columns: [{ code: "amount_wan", label: "本年收费金额（单位：万元）" }],
      rows: [{ code: "fees", label: "行政事业性收费" }],
    },
  ],
};

/** The first column header of every table-二 group. */
export const PROACTIVE_CONTENT_LABEL = "信息内容";

/** Rows of table 二 computed from items; every other row comes from the yearly statistics. */
export const ITEM_ROWS = ["regulation", "normative"] as const;

/** Cells holding money (exact decimals); every other cell is an integer count. */
export const MONEY_CELLS = new Set(["fees.amount_wan", "procurement.amount"]);

/** Statistic codes a format accepts: the table-二 cells not computed from items. */
export function statisticCodes(format: ReportFormat): string[] {
  return PROACTIVE_TABLE[format].flatMap((group) =>
    group.rows
      .filter((row) => !(ITEM_ROWS as readonly string[]).includes(row.code))
      .flatMap((row) => group.columns.map((column) => `${row.code}.${column.code}`)),
  );
}

/** A statistic's printed name, e.g. "行政许可·本年处理决定数量" for licensing.decisions. */
export function statisticLabel(format: ReportFormat, code: string): string {
  const [rowCode, columnCode] = code.split(".");
  for (const group of PROACTIVE_TABLE[format]) {
    const row = group.rows.find((r) => r.code === rowCode);
    const column = group.columns.find((c) => c.code === columnCode);
    if (row && column) return `${row.label}·${column.label}`;
  }
  return code;
}

export const REQUEST_COLUMNS = [...(Object.keys(APPLICANT_TYPES) as (keyof typeof APPLICANT_TYPES)[]), "total"] as const;
export type RequestColumn = (typeof REQUEST_COLUMNS)[number];

/** Table 三's outcome rows for a format: the 2019 format folds the three other.* outcomes into one row. */
export function outcomeRows(format: ReportFormat): { code: string; outcomes: Outcome[] }[] {
  const outcomes = Object.keys(OUTCOMES) as Outcome[];
  if (format === "2021") return outcomes.map((code) => ({ code, outcomes: [code] }));
  return [
    ...outcomes.filter((code) => !code.startsWith("other.")).map((code) => ({ code, outcomes: [code] })),
    { code: "other", outcomes: outcomes.filter((code) => code.startsWith("other.")) },
  ];
}

export const APPEAL_COLUMNS = ["upheld", "corrected", "other", "pending", "total"] as const;

/** Section headings of the report, verbatim (annual-report-format.md §1.2). */
export const TABLE_TITLES = {
  proactive: "二、主动公开政府信息情况",
  requests: "三、收到和处理政府信息公开申请情况",
  appeals: "四、政府信息公开行政复议、行政诉讼情况",
} as const;
export type TableKey = keyof typeof TABLE_TITLES;

/** Table 三's printed labels (§1.4); the short labels in lib/requests/codes.ts are for forms and lists. */
export const REQUEST_TABLE = {
  identityNote: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
  applicant: "申请人情况",
  organisations: "法人或其他组织",
  columns: {
    natural_person: "自然人",
    commercial: "商业企业",
    research: "科研机构",
    public_interest: "社会公益组织",
    legal_service: "法律服务机构",
    other_org: "其他",
    total: "总计",
  } satisfies Record<RequestColumn, string>,
  rows: {
    new: "一、本年新收政府信息公开申请数量",
    carried_in: "二、上年结转政府信息公开申请数量",
    outcomes: "三、本年度办理结果",
    total: "（七）总计",
    carried_out: "四、结转下年度继续办理",
  },
} as const;

/** One printed group of outcome rows: a single row (`code`) or numbered rows. */
export type OutcomeGroup =
  | { label: string; code: string; rows?: undefined }
  | { label: string; code?: undefined; rows: { code: Outcome; label: string }[] };

const OTHER_ROWS: { code: Outcome; label: string }[] = [
  { code: "other.no_correction", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" },
  { code: "other.unpaid_fee", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" },
  { code: "other.other", label: "3.其他" },
];

/** The outcome rows of table 三 (三、本年度办理结果), as printed in each format. */
export function outcomeGroups(format: ReportFormat): OutcomeGroup[] {
  return [
    { label: "（一）予以公开", code: "disclosed" },
    { label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", code: "partial" },
    {
      label: "（三）不予公开",
      rows: [
        { code: "withheld.state_secret", label: "1.属于国家秘密" },
        { code: "withheld.prohibited_by_law", label: "2.其他法律行政法规禁止公开" },
        { code: "withheld.security_stability", label: "3.危及“三安全一稳定”" },
        { code: "withheld.third_party", label: "4.保护第三方合法权益" },
        { code: "withheld.internal_affairs", label: "5.属于三类内部事务信息" },
        { code: "withheld.process_info", label: "6.属于四类过程性信息" },
        { code: "withheld.enforcement_file", label: "7.属于行政执法案卷" },
        { code: "withheld.query_matter", label: "8.属于行政查询事项" },
      ],
    },
    {
      label: "（四）无法提供",
      rows: [
        { code: "unavailable.not_held", label: "1.本机关不掌握相关政府信息" },
        { code: "unavailable.needs_creation", label: "2.没有现成信息需要另行制作" },
        { code: "unavailable.unclear", label: "3.补正后申请内容仍不明确" },
      ],
    },
    {
      label: "（五）不予处理",
      rows: [
        { code: "not_processed.complaint", label: "1.信访举报投诉类申请" },
        { code: "not_processed.duplicate", label: "2.重复申请" },
        { code: "not_processed.publication", label: "3.要求提供公开出版物" },
        { code: "not_processed.excessive", label: "4.无正当理由大量反复申请" },
        { code: "not_processed.confirmation", label: "5.要求行政机关确认或重新出具已获取信息" },
      ],
    },
    format === "2021" ? { label: "（六）其他处理", rows: OTHER_ROWS } : { label: "（六）其他处理", code: "other" },
  ];
}

/** Table 四's printed labels (§1.5). */
export const APPEAL_TABLE = {
  review: "行政复议",
  litigation: "行政诉讼",
  groups: { review: "行政复议", litigation_direct: "未经复议直接起诉", litigation_after_review: "复议后起诉" },
  columns: { upheld: "结果维持", corrected: "结果纠正", other: "其他结果", pending: "尚未审结", total: "总计" },
} as const satisfies {
  groups: Record<AppealKind, string>;
  columns: Record<(typeof APPEAL_COLUMNS)[number], string>;
  review: string;
  litigation: string;
};
