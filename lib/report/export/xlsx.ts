import ExcelJS from "exceljs";
import type { ReportDocument } from "../document";
import { cellValue, placeCells, tableLayouts } from "../layout";
import { documentTitle, statusLine } from "./common";

// One sheet per table (二、三、四) in the official layout: merged header cells as merged ranges, every data cell a
// number (money keeps its exact decimal value), A4 page setup.

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Sheet names: the table titles without characters Excel forbids, at most 31 characters. */
const sheetName = (title: string) => title.replace(/[\\/?*[\]:]/g, "").slice(0, 31);

/** Row of the first table row on each sheet: 1 = organisation and title, 2 = status, 3 = blank. */
export const XLSX_FIRST_TABLE_ROW = 4;

export async function writeXlsx(doc: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = doc.organization.name;
  workbook.title = `${doc.organization.name}${documentTitle(doc)}`;
  for (const table of tableLayouts(doc.report.format)) {
    const sheet = workbook.addWorksheet(sheetName(table.title), {
      pageSetup: { paperSize: 9, orientation: table.columns > 4 ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    sheet.mergeCells(1, 1, 1, table.columns);
    sheet.getCell(1, 1).value = `${doc.organization.name}${documentTitle(doc)} ${table.title}`;
    sheet.getCell(1, 1).font = { name: "黑体", size: 14 };
    sheet.mergeCells(2, 1, 2, table.columns);
    sheet.getCell(2, 1).value = statusLine(doc);

    for (const placed of placeCells([...table.head, ...table.body])) {
      const row = XLSX_FIRST_TABLE_ROW + placed.row;
      const col = 1 + placed.col;
      if (placed.rowSpan > 1 || placed.colSpan > 1) sheet.mergeCells(row, col, row + placed.rowSpan - 1, col + placed.colSpan - 1);
      const cell = sheet.getCell(row, col);
      const { cell: layout } = placed;
      cell.value = layout.kind === "data" ? (cellValue(doc.report, layout.cell) ?? 0) : layout.text;
      cell.font = { name: "宋体", size: layout.kind === "note" ? 9 : 10.5 };
      cell.alignment = {
        wrapText: true,
        vertical: "middle",
        horizontal: layout.kind === "header" && (layout.scope === "row" || layout.scope === "rowgroup") ? "left" : "center",
      };
      // Borders on every cell of a merged range, so the merged cell is framed.
      for (let r = row; r < row + placed.rowSpan; r++) for (let c = col; c < col + placed.colSpan; c++) sheet.getCell(r, c).border = BORDER;
    }
    sheet.columns.forEach((column, i) => {
      column.width = table.key === "requests" && i < 3 ? [10, 14, 30][i] : table.key === "proactive" ? 22 : 10;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
