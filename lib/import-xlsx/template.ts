import ExcelJS from "exceljs";
import { DATA_SHEET, IMPORT_KINDS, LISTS_SHEET, MAX_IMPORT_ROWS, NOTES_SHEET, type Column, type ImportKind } from "./columns";

// The downloadable template: the data sheet (headers, text/date formats, drop-down lists of Chinese labels for the
// closed code sets), a 说明 sheet describing every column, and a hidden 代码表 sheet the drop-downs read from.

// exceljs supports validations over a range (worksheet.dataValidations) but its typings leave the property out.
type SheetWithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDE7F3" } };

/** "A", "B" … "AA": the letter of a 1-based column number. */
export function columnLetter(n: number): string {
  let letters = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

export async function writeTemplate(kind: ImportKind, columns: Column[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = `${IMPORT_KINDS[kind]}批量导入模板`;
  const data = workbook.addWorksheet(DATA_SHEET[kind], { views: [{ state: "frozen", ySplit: 1 }] });
  const notes = workbook.addWorksheet(NOTES_SHEET);
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });

  data.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  data.getRow(1).font = { bold: true };
  data.getRow(1).fill = HEADER_FILL;

  let listColumn = 0;
  columns.forEach((column, i) => {
    const letter = columnLetter(i + 1);
    const range = `${letter}2:${letter}${MAX_IMPORT_ROWS + 1}`;
    // Text format keeps 18-digit ID numbers, phone numbers and 文号 exactly as typed (Excel keeps only 15 digits of a number).
    data.getColumn(i + 1).numFmt = column.type === "date" ? "yyyy-mm-dd" : "@";
    if (column.type !== "choice" || !column.choices) return;
    listColumn++;
    const labels = Object.values(column.choices);
    const listLetter = columnLetter(listColumn);
    lists.getCell(1, listColumn).value = column.header;
    labels.forEach((label, j) => (lists.getCell(j + 2, listColumn).value = label));
    (data as SheetWithValidations).dataValidations.add(range, {
      type: "list",
      allowBlank: true,
      formulae: [`'${LISTS_SHEET}'!$${listLetter}$2:$${listLetter}$${labels.length + 1}`],
      showErrorMessage: true,
      errorStyle: "error",
      errorTitle: column.header,
      error: `请从下拉列表中选择${column.header}`,
    });
  });

  notes.columns = [
    { header: "列名", key: "header", width: 20 },
    { header: "是否必填", key: "required", width: 26 },
    { header: "填写说明", key: "note", width: 80 },
  ];
  notes.getRow(1).font = { bold: true };
  notes.getRow(1).fill = HEADER_FILL;
  for (const column of columns) {
    const choices = column.type === "choice" && column.choices ? `；可选：${Object.values(column.choices).join("、")}` : "";
    notes.addRow({ header: column.header, required: column.required, note: column.note + choices }).alignment = { wrapText: true, vertical: "top" };
  }
  notes.addRow({});
  for (const line of [
    `在“${DATA_SHEET[kind]}”工作表中从第2行起每行填写一条记录，最多 ${MAX_IMPORT_ROWS} 行；请勿修改第1行的列名。`,
    "上传后系统先逐行检查并列出结果，不写入任何数据；确认后只导入检查通过的行，有错误的行不会导入，改正后可再次上传。",
    kind === "items"
      ? "导入的信息为草稿，索引号按成文日期的年份自动生成，之后照常提交审核。"
      : "导入的申请按收到申请之日起算答复期限，申请编号自动生成；批量导入的申请不生成查询码。",
  ])
    notes.addRow({ header: line });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
