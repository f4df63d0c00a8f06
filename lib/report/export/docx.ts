import {
  AlignmentType,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from "docx";
import type { ReportDocument } from "../document";
import { cellValue, formatCell, placeCells, type LayoutCell, type TableLayout } from "../layout";
import type { ReportJson } from "../types";
import { COLUMN_WIDTHS, documentBlocks, documentTitle, statusLine, TEXT_WIDTH } from "./common";

// Laid out like the official format: A4 with 公文 margins, title in 宋体 二号, part headings in 黑体 三号,
// sub-items in 楷体_GB2312 三号, body in 仿宋_GB2312 三号 on a fixed 28 pt line, tables in 宋体 with merged cells.
// Fonts are given by name; Word substitutes them where they are not installed.

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const FONTS = { title: font("宋体"), heading: font("黑体"), subheading: font("楷体_GB2312"), body: font("仿宋_GB2312"), table: font("宋体") };
/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 五号 10.5 pt, 小五 9 pt. */
const SIZE = { title: 44, body: 32, table: 21, small: 18 };

/** A4 in twips; margins 3.7 / 3.5 / 2.8 / 2.6 cm leave TEXT_WIDTH for the text. */
const PAGE = { width: 11906, height: 16838, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } };

const FIXED_LINE = { line: 560, lineRule: LineRuleType.EXACT };

const run = (text: string, options: Omit<IRunOptions, "text">) => new TextRun({ text, ...options });

function tableCell(cell: LayoutCell, width: number, report: ReportJson, size: number): TableCell {
  const text = cell.kind === "data" ? formatCell(cell.cell, cellValue(report, cell.cell) ?? 0) : cell.text;
  const left = cell.kind === "header" && (cell.scope === "row" || cell.scope === "rowgroup");
  return new TableCell({
    rowSpan: cell.kind === "data" ? undefined : cell.rowSpan,
    columnSpan: cell.colSpan,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
    children: [
      new Paragraph({
        alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [run(text, { font: FONTS.table, size: cell.kind === "note" ? SIZE.small : size })],
      }),
    ],
  });
}

function table(layout: TableLayout, report: ReportJson): Table {
  const widths = COLUMN_WIDTHS[layout.key];
  const size = layout.key === "appeals" ? SIZE.small : SIZE.table;
  const rows = [...layout.head, ...layout.body];
  const placed = placeCells(rows);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r < layout.head.length,
          cantSplit: true,
          children: placed
            .filter((p) => p.row === r)
            .map((p) => tableCell(p.cell, widths.slice(p.col, p.col + p.colSpan).reduce((a, b) => a + b, 0), report, size)),
        }),
    ),
  });
}

export async function writeDocx(doc: ReportDocument): Promise<Buffer> {
  const title = documentTitle(doc);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(doc.organization.name, { font: FONTS.title, size: SIZE.title, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(title, { font: FONTS.title, size: SIZE.title, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(`（${statusLine(doc)}）`, { font: FONTS.body, size: SIZE.table })] }),
  ];
  for (const block of documentBlocks(doc)) {
    if (block.kind === "heading") {
      const subheading = block.level === 3;
      children.push(
        new Paragraph({
          indent: { firstLine: 640 },
          spacing: FIXED_LINE,
          keepNext: true,
          children: [run(block.text, { font: subheading ? FONTS.subheading : FONTS.heading, size: SIZE.body })],
        }),
      );
    } else if (block.kind === "paragraphs") {
      for (const text of block.paragraphs) {
        children.push(
          new Paragraph({
            indent: { firstLine: 640 },
            spacing: FIXED_LINE,
            alignment: AlignmentType.JUSTIFIED,
            children: [run(text, { font: FONTS.body, size: SIZE.body })],
          }),
        );
      }
    } else {
      children.push(table(block.table, doc.report), new Paragraph({ children: [] }));
    }
  }
  const document = new Document({
    creator: doc.organization.name,
    title: `${doc.organization.name}${title}`,
    styles: { default: { document: { run: { font: FONTS.body, size: SIZE.body } } } },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } }, children }],
  });
  return Packer.toBuffer(document);
}
