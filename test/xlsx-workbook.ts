import ExcelJS from "exceljs";
import { DATA_SHEET, type ImportKind } from "@/lib/import-xlsx/columns";

// Tests only: fills a downloaded template the way a user would, by column header.

export async function fillTemplate(template: Uint8Array, kind: ImportKind, rows: Record<string, ExcelJS.CellValue>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(DATA_SHEET[kind])!;
  const columnOf = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => columnOf.set(String(cell.value), col));
  rows.forEach((values, i) => {
    for (const [header, value] of Object.entries(values)) sheet.getRow(i + 2).getCell(columnOf.get(header)!).value = value;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
