import { todayInChina } from "@/lib/dates";
import type { ReportDocument } from "../document";
import { OVERVIEW_HEADING, TEXT_PARTS, plainText, type TextPartKey } from "../text";
import { tableLayouts, type TableLayout } from "../layout";

// The report's reading order, shared by the writers: title, introduction, part 一 with its sub-items, the three
// tables, parts 五 and 六.

/** Column widths of each table in twips on an A4 page with 公文 margins (8844 twips of text width). */
export const TEXT_WIDTH = 8844;
export const COLUMN_WIDTHS: Record<TableLayout["key"], number[]> = {
  proactive: [2844, 2000, 2000, 2000],
  requests: [600, 1000, 2204, ...Array(7).fill(720)],
  appeals: [...Array(14).fill(590), TEXT_WIDTH - 14 * 590],
};

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraphs"; part: TextPartKey; paragraphs: string[] }
  | { kind: "table"; table: TableLayout };

export function documentTitle(doc: ReportDocument): string {
  return `${doc.report.year}年政府信息公开工作年度报告`;
}

/** "第2版，2021-01-31 发布" or "草稿". */
export function statusLine(doc: ReportDocument): string {
  return doc.status.kind === "draft" ? "草稿（未发布）" : `第${doc.status.versionNo}版，${todayInChina(new Date(doc.status.publishedAt))} 发布`;
}

const paragraphs = (doc: ReportDocument, part: TextPartKey): Block => ({
  kind: "paragraphs",
  part,
  paragraphs: plainText(doc.parts[part])
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean),
});

/** A part's heading: the format's, or a report recorded as it was published its own (none when empty). */
export function partHeading(doc: Pick<ReportDocument, "original">, part: TextPartKey): string {
  return doc.original?.headings[part] ?? TEXT_PARTS.find((p) => p.key === part)!.heading;
}

export function documentBlocks(doc: ReportDocument): Block[] {
  const [proactive, requests, appeals] = tableLayouts(doc.report.format);
  const overview: TextPartKey[] = ["proactive", "requests", "management", "platform", "supervision"];
  const heading = (part: TextPartKey, level: 2 | 3): Block[] => {
    const text = partHeading(doc, part);
    return text ? [{ kind: "heading", level, text }] : [];
  };
  const lead = doc.original?.overviewLead.split(/\n+/).map((p) => p.trim()).filter(Boolean) ?? [];
  return [
    paragraphs(doc, "intro"),
    { kind: "heading", level: 2, text: OVERVIEW_HEADING },
    ...(lead.length > 0 ? [{ kind: "paragraphs", part: "intro", paragraphs: lead } as Block] : []),
    ...overview.flatMap((part) => [...heading(part, 3), paragraphs(doc, part)]),
    ...[proactive, requests, appeals].flatMap((table): Block[] => [
      { kind: "heading", level: 2, text: table.title },
      { kind: "table", table },
    ]),
    ...heading("problems", 2),
    paragraphs(doc, "problems"),
    ...heading("other", 2),
    paragraphs(doc, "other"),
  ];
}
