import { APPLICANT_TYPES, OUTCOMES, type Outcome } from "@/lib/requests/codes";

/** The two official table formats. Years up to 2020 use the 2019 trial format (国办公开办函〔2019〕60号). */
export type ReportFormat = "2019" | "2021";

export function formatForYear(year: number): ReportFormat {
  return year <= 2020 ? "2019" : "2021";
}

type Row = { code: string; label: string };
type ProactiveGroup = { heading: string; columns: Row[]; rows: Row[] };

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
        { code: "amount", label: "采购总金额" },
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
