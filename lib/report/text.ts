import { isCode } from "@/lib/labels";
import { percentOf } from "./percent";
import type { ReportFormat } from "./formats";
import { cellValue, formatCell, parseCellKey } from "./layout";
import type { Cells, Check, ReportSummary } from "./types";

// The prose parts of the report. Figures inside the text are tokens "{{path=value}}": the path names the datum
// (e.g. summary.itemsCreated, requests.new.total), the value is the figure as written. The text always shows the
// written value, so what the supervisor saved is what gets published; a token whose value differs from the data
// is flagged on the page and fails the "text.figures" check until the figures are refreshed or the check is
// overridden with a reason.

export const TEXT_PARTS = [
  { key: "intro", heading: "", label: "导语" },
  { key: "proactive", heading: "（一）主动公开", label: "一、总体情况（一）主动公开" },
  { key: "requests", heading: "（二）依申请公开", label: "一、总体情况（二）依申请公开" },
  { key: "management", heading: "（三）政府信息管理", label: "一、总体情况（三）政府信息管理" },
  { key: "platform", heading: "（四）政府信息公开平台建设", label: "一、总体情况（四）政府信息公开平台建设" },
  { key: "supervision", heading: "（五）监督保障", label: "一、总体情况（五）监督保障" },
  { key: "problems", heading: "五、存在的主要问题及改进情况", label: "五、存在的主要问题及改进情况" },
  { key: "other", heading: "六、其他需要报告的事项", label: "六、其他需要报告的事项" },
] as const;
export type TextPartKey = (typeof TEXT_PARTS)[number]["key"];
export type TextParts = Record<TextPartKey, string>;
export const TEXT_PART_KEYS = TEXT_PARTS.map((p) => p.key) as [TextPartKey, ...TextPartKey[]];

export const OVERVIEW_HEADING = "一、总体情况";

/** Marks a passage the supervisor still has to write; a part containing it fails the "text.unfilled" check. */
export const UNFILLED = "【待填写】";

/** Everything a figure path can refer to. `fees` is absent for data that has none (e.g. last year's tables). */
export type FigureData = {
  format: ReportFormat;
  proactive: Cells;
  requests: Cells;
  appeals: Cells;
  summary: ReportSummary;
  fees?: { collectedFen: number; payments: number };
};

/** 信息处理费 in 元 from 分, exactly: "0", "30", "12.50". */
export function formatYuan(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const rest = Math.abs(fen % 100);
  return rest === 0 ? String(yuan) : `${yuan}.${String(rest).padStart(2, "0")}`;
}

/** Table-三 outcome groups whose totals the text quotes ("不予公开 N 件"). */
const OUTCOME_GROUP_PREFIX = { withheld: "withheld.", unavailable: "unavailable.", not_processed: "not_processed.", other: "other" };

/** The value of a figure path as text, or undefined when the path names nothing. */
export function figureValue(path: string, data: FigureData): string | undefined {
  const [head, ...rest] = path.split(".");
  const s = data.summary;
  switch (head) {
    case "summary": {
      if (rest[0] === "proactiveShare") return String(percentOf(s.itemsProactive, s.itemsCreated));
      const value = s[rest[0] as keyof ReportSummary];
      return typeof value === "number" ? String(value) : undefined;
    }
    case "category": {
      const category = s.byCategory.find((c) => c.category === rest[0]);
      if (rest[1] !== "count" && rest[1] !== "percent") return undefined;
      return String(category?.[rest[1]] ?? 0);
    }
    case "group": {
      if (rest[0] === "litigation") return String(data.appeals.litigation_direct.total + data.appeals.litigation_after_review.total);
      if (rest[0] === "new_organisations") return String(data.requests.new.total - data.requests.new.natural_person);
      if (!isCode(OUTCOME_GROUP_PREFIX, rest[0])) return undefined;
      const prefix = OUTCOME_GROUP_PREFIX[rest[0]];
      const rows = Object.keys(data.requests).filter((row) => row.startsWith(prefix));
      return String(rows.reduce((n, row) => n + data.requests[row].total, 0));
    }
    case "fees":
      if (!data.fees) return undefined;
      if (rest[0] === "yuan") return formatYuan(data.fees.collectedFen);
      if (rest[0] === "payments") return String(data.fees.payments);
      return undefined;
    case "proactive":
    case "requests":
    case "appeals": {
      const value = cellValue(data, path);
      return value === undefined ? undefined : formatCell(path, value);
    }
    default:
      return undefined;
  }
}

const TOKEN = /\{\{([A-Za-z0-9_.-]+)=([^{}]*)\}\}/g;

export const figure = (path: string, data: FigureData) => `{{${path}=${figureValue(path, data) ?? ""}}}`;

export type Segment =
  | { kind: "text"; text: string }
  | { kind: "figure"; path: string; written: string; current: string | undefined; stale: boolean };

/** Splits a text into plain runs and figures, each figure compared with the data. */
export function segments(template: string, data: FigureData): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of template.matchAll(TOKEN)) {
    if (match.index > last) out.push({ kind: "text", text: template.slice(last, match.index) });
    const [, path, written] = match;
    const current = figureValue(path, data);
    out.push({ kind: "figure", path, written, current, stale: current !== written });
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push({ kind: "text", text: template.slice(last) });
  return out;
}

/** A part as the editor shows it: text runs that can be edited, and figures that can only be kept or unlinked. */
export type Piece = { kind: "text"; text: string } | { kind: "figure"; path: string; written: string };

/**
 * Splits a text into pieces that alternate text, figure, text … and start and end with text (empty where two
 * figures meet or a figure opens or closes the text), so there is always a place to type next to each figure.
 * `joinPieces` gives the stored text back exactly.
 */
export function splitPieces(template: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const match of template.matchAll(TOKEN)) {
    out.push({ kind: "text", text: template.slice(last, match.index) }, { kind: "figure", path: match[1], written: match[2] });
    last = match.index + match[0].length;
  }
  out.push({ kind: "text", text: template.slice(last) });
  return out;
}

export function joinPieces(pieces: readonly Piece[]): string {
  return pieces.map((p) => (p.kind === "text" ? p.text : `{{${p.path}=${p.written}}}`)).join("");
}

/** Turns the figure at `index` into plain text (its written value), merged with the text around it. */
export function unlinkPiece(pieces: readonly Piece[], index: number): Piece[] {
  const piece = pieces[index];
  if (piece?.kind !== "figure") return [...pieces];
  const text = (i: number) => (pieces[i]?.kind === "text" ? (pieces[i] as { text: string }).text : "");
  const merged: Piece = { kind: "text", text: text(index - 1) + piece.written + text(index + 1) };
  return [...pieces.slice(0, index - 1), merged, ...pieces.slice(index + 2)];
}

/** The text as printed: every figure as written. */
export function plainText(template: string): string {
  return template.replace(TOKEN, (_, _path: string, written: string) => written);
}

/** Rewrites every figure with the current data (unknown paths are left as written). */
export function refreshFigures(template: string, data: FigureData): string {
  return template.replace(TOKEN, (token, path: string) => {
    const current = figureValue(path, data);
    return current === undefined ? token : `{{${path}=${current}}}`;
  });
}

export type StaleFigure = { part: TextPartKey; path: string; written: string; current: string | undefined };

export function staleFigures(parts: TextParts, data: FigureData): StaleFigure[] {
  return TEXT_PARTS.flatMap(({ key }) =>
    segments(parts[key], data).flatMap((s) =>
      s.kind === "figure" && s.stale ? [{ part: key, path: s.path, written: s.written, current: s.current }] : [],
    ),
  );
}

/** The figure's cell key when it names a table cell (so the check can point at it), else the path itself. */
const involved = (path: string) => (parseCellKey(path) && /^(proactive|requests|appeals)\./.test(path) ? path : `text.${path}`);

/** Checks of the prose: figures that no longer match the data, and passages still to be written. */
export function textChecks(parts: TextParts, data: FigureData): Check[] {
  const stale = staleFigures(parts, data);
  const unfilled = TEXT_PARTS.filter(({ key }) => parts[key].includes(UNFILLED));
  const label = (key: TextPartKey) => TEXT_PARTS.find((p) => p.key === key)!.label;
  return [
    stale.length === 0
      ? { code: "text.figures", ok: true, severity: "error", detail: "正文中的数字与数据一致", cells: [] }
      : {
          code: "text.figures",
          ok: false,
          severity: "error",
          detail: stale
            .map((f) => `${label(f.part)}：${f.path} 写作 ${f.written}，数据为 ${f.current ?? "（无此数据）"}`)
            .join("；"),
          cells: [...new Set(stale.map((f) => involved(f.path)))],
        },
    unfilled.length === 0
      ? { code: "text.unfilled", ok: true, severity: "error", detail: "正文各部分均已填写", cells: [] }
      : {
          code: "text.unfilled",
          ok: false,
          severity: "error",
          detail: `以下部分仍有“${UNFILLED}”：${unfilled.map((p) => p.label).join("、")}`,
          cells: unfilled.map((p) => `text.${p.key}`),
        },
  ];
}

export type DraftContext = {
  year: number;
  organization: {
    name: string;
    officeName?: string | null;
    address?: string | null;
    postcode?: string | null;
    phone?: string | null;
    email?: string | null;
    website?: string | null;
  };
  data: FigureData & { fees: NonNullable<FigureData["fees"]> };
};

/** The default draft of every prose part, with the figures filled in from the data. */
export function defaultDraft({ year, organization: org, data }: DraftContext): TextParts {
  const f = (path: string) => figure(path, data);
  const format = data.format === "2019" ? "《中华人民共和国政府信息公开工作年度报告格式（试行）》" : "《中华人民共和国政府信息公开工作年度报告格式》";
  const contact = [
    org.address && `地址：${org.address}`,
    org.postcode && `邮编：${org.postcode}`,
    org.phone && `联系电话：${org.phone}`,
    org.email && `邮箱：${org.email}`,
  ].filter(Boolean);
  const intro = [
    `按照《中华人民共和国政府信息公开条例》（以下简称《条例》）和${format}要求，特向社会公布${year}年度${org.name}政府信息公开工作年度报告。`,
    `报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    org.website ? `本报告电子版可在${org.website}下载。` : "",
    contact.length > 0 ? `如对本报告有疑问，请联系${org.officeName ?? org.name}，${contact.join("，")}。` : "",
  ].join("");

  const s = data.summary;
  const categories =
    s.itemsPublished > 0
      ? `公开信息中，${s.byCategory
          .map((c) => `${c.name}类信息${f(`category.${c.category}.count`)}条，占比${f(`category.${c.category}.percent`)}%`)
          .join("；")}；`
      : "";
  const documents =
    data.format === "2019"
      ? `本年新制作规章${f("proactive.regulation.created")}件、规范性文件${f("proactive.normative.created")}件。`
      : `本年制发规章${f("proactive.regulation.issued")}件、行政规范性文件${f("proactive.normative.issued")}件，废止行政规范性文件${f("proactive.normative.abolished")}件，现行有效行政规范性文件${f("proactive.normative.in_force")}件。`;
  const proactive =
    `${year}年度本机关共制作信息${f("summary.itemsCreated")}条，其中主动公开信息数${f("summary.itemsProactive")}条，` +
    `占比${f("summary.proactiveShare")}%；${categories}依申请公开数为${f("summary.itemsOnRequest")}，` +
    `不予公开信息数为${f("summary.itemsWithheld")}。历年累计主动公开信息数${f("summary.itemsPublishedCumulative")}条。${documents}`;

  const requests =
    `${year}年度本机关新收政府信息公开申请${f("requests.new.total")}件（其中自然人${f("requests.new.natural_person")}件，` +
    `法人或其他组织${f("group.new_organisations")}件），上年结转${f("requests.carried_in.total")}件。` +
    `本年度办结${f("requests.total.total")}件，其中予以公开${f("requests.disclosed.total")}件，部分公开${f("requests.partial.total")}件，` +
    `不予公开${f("group.withheld")}件，无法提供${f("group.unavailable")}件，不予处理${f("group.not_processed")}件，` +
    `其他处理${f("group.other")}件；结转下年度继续办理${f("requests.carried_out.total")}件。`;

  const fees =
    data.fees.collectedFen > 0
      ? `依据《政府信息公开信息处理费管理办法》，${year}年度本机关收取信息处理费${f("fees.yuan")}元（共${f("fees.payments")}笔）。`
      : `依据《政府信息公开信息处理费管理办法》，${year}年度本机关无收取信息处理费情况（收取金额${f("fees.yuan")}元）。`;

  return {
    intro,
    proactive,
    requests,
    management: `${UNFILLED}（政府信息管理情况：公开属性认定、保密审查、信息发布审核、政策解读与回应关切等。）`,
    platform: `${UNFILLED}（政府信息公开平台建设情况：政府网站、政务新媒体、公开栏、档案馆和图书馆查阅点等。）`,
    supervision:
      `${UNFILLED}（监督保障情况：工作考核、社会评议和责任追究结果情况等。）` +
      `本年度因政府信息公开工作被申请行政复议${f("appeals.review.total")}件，被提起行政诉讼${f("group.litigation")}件。`,
    problems: `${UNFILLED}（一）存在的主要问题……（二）改进情况……`,
    other: fees,
  };
}
