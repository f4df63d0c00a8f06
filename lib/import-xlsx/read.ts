import ExcelJS from "exceljs";
import type { z } from "zod";
import { isIsoDate } from "@/lib/dates";
import { DomainError } from "@/lib/errors";
import { DATA_SHEET, MAX_IMPORT_ROWS, MAX_UNZIPPED_BYTES, MAX_UNZIPPED_LABEL, MULTI_SEPARATOR, type Column, type ImportKind } from "./columns";
import { unzippedSize } from "./zip-size";

// Reads a filled-in template: each row's cells become the same fields the web form posts (labels turned back into
// codes), then the form's own zod schema decides. Nothing here touches the database.

export type RowError = { column: string; message: string };
export type ReadRow<T> =
  | { row: number; ok: true; input: T; cells: Record<string, string> }
  | { row: number; ok: false; errors: RowError[] };

/** The whole row, when an issue names no column (a rule across fields without a path). */
const WHOLE_ROW = "整行";

type CellText = { text?: string; error?: string };

/** Excel's day 0 (1899-12-30, after its 1900 leap-year bug) in milliseconds. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A value Excel stored as a number: longer than 15 digits it has already lost digits, which we refuse to guess. */
function numberText(value: number, column: Column): CellText {
  if (column.type === "date") return { text: new Date(EXCEL_EPOCH + Math.floor(value) * 86_400_000).toISOString().slice(0, 10) };
  if (!Number.isFinite(value)) return { error: "不是有效的数值" };
  if (Number.isInteger(value) && Math.abs(value) >= 1e15)
    return { error: "数字超过15位，Excel 已丢失末尾数字。请将该列设为文本格式后重新填写（模板中已设好）" };
  return { text: String(value) };
}

/** "2024/3/5", "2024.3.5", "2024年3月5日" → "2024-03-05"; anything else is left for the schema to judge. */
function normalizeDate(text: string): string {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!match) return text;
  const iso = `${match[1]}-${match[2].padStart(2, "0")}-${match[3].padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : text;
}

/** A cell as the text a form field would carry; formulas count by their result. */
export function cellText(value: ExcelJS.CellValue, column: Column): CellText {
  if (value === null || value === undefined) return {};
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value === "number") return numberText(value, column);
  if (typeof value === "boolean") return { text: value ? "是" : "否" };
  if (typeof value === "string") {
    const text = value.trim();
    return text ? { text: column.type === "date" ? normalizeDate(text) : value } : {};
  }
  if ("error" in value) return { error: `单元格为错误值 ${value.error}` };
  if ("richText" in value) return cellText(value.richText.map((part) => part.text).join(""), column);
  if ("hyperlink" in value) return cellText(value.text, column);
  if ("result" in value) return cellText(value.result, column);
  return { error: "无法识别该单元格的内容" };
}

const codeOf = (choices: Readonly<Record<string, string>>, label: string) => Object.entries(choices).find(([, l]) => l === label)?.[0];

/** The value a column contributes to the form, or the reason it cannot. */
function fieldValue(column: Column, text: string): { value: string | string[] } | { error: string } {
  if (column.type === "choice" && column.choices) {
    const code = codeOf(column.choices, text.trim());
    if (code) return { value: code };
    const options = Object.values(column.choices);
    return { error: `“${text.trim()}”不是可选的${column.header}${options.length <= 8 ? `，可选：${options.join("、")}` : "，请从下拉列表选择"}` };
  }
  if (column.type === "multi" && column.choices) {
    const labels = text.split(MULTI_SEPARATOR).filter(Boolean);
    const unknown = labels.filter((label) => !codeOf(column.choices!, label));
    if (unknown.length)
      return { error: `“${unknown.join("、")}”不是可选的${column.header}，可选：${Object.values(column.choices).join("、")}` };
    return { value: labels.map((label) => codeOf(column.choices!, label)!) };
  }
  return { value: text };
}

async function loadSheet(bytes: Uint8Array, kind: ImportKind): Promise<ExcelJS.Worksheet> {
  if (unzippedSize(bytes, MAX_UNZIPPED_BYTES) === Infinity)
    throw new DomainError(`文件解压后超过 ${MAX_UNZIPPED_LABEL}，不是正常填写的模板。请使用本页模板，每个文件不超过 ${MAX_IMPORT_ROWS} 行。`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError("无法读取该文件。请上传用本页模板填写的 .xlsx 文件（Excel 2007 及以上格式）。");
  }
  const sheet = workbook.getWorksheet(DATA_SHEET[kind]) ?? workbook.worksheets[0];
  if (!sheet) throw new DomainError("文件中没有工作表。");
  return sheet;
}

/** Column number of each column's header in row 1; a missing header means this is not our template. */
function headerIndex(sheet: ExcelJS.Worksheet, columns: Column[]): Map<string, number> {
  const found = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = typeof cell.value === "string" ? cell.value.trim() : "";
    if (text) found.set(text, col);
  });
  const missing = columns.filter((c) => !found.has(c.header)).map((c) => c.header);
  if (missing.length) throw new DomainError(`文件第1行缺少以下列：${missing.join("、")}。请使用本页提供的模板，不要修改列名。`);
  return new Map(columns.map((c) => [c.key, found.get(c.header)!]));
}

/**
 * Every non-blank row of the data sheet, checked: an ok row carries the parsed form input, a bad one its errors
 * (column header and Chinese message). Throws DomainError when the file as a whole cannot be read.
 */
export async function readImportFile<S extends z.ZodType>(
  bytes: Uint8Array,
  kind: ImportKind,
  columns: Column[],
  schema: S,
): Promise<ReadRow<z.infer<S>>[]> {
  const sheet = await loadSheet(bytes, kind);
  const index = headerIndex(sheet, columns);
  const header = new Map(columns.map((c) => [c.key, c.header]));
  const rows: ReadRow<z.infer<S>>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: Record<string, string | string[]> = {};
    const cells: Record<string, string> = {};
    const errors: RowError[] = [];
    let blank = true;
    for (const column of columns) {
      const cell = cellText(row.getCell(index.get(column.key)!).value, column);
      if (cell.error) errors.push({ column: column.header, message: cell.error });
      if (cell.text === undefined) continue;
      blank = false;
      cells[column.key] = cell.text;
      const field = fieldValue(column, cell.text);
      if ("error" in field) errors.push({ column: column.header, message: field.error });
      else values[column.key] = field.value;
    }
    if (blank && errors.length === 0) continue;
    if (rows.length === MAX_IMPORT_ROWS) throw new DomainError(`一个文件最多 ${MAX_IMPORT_ROWS} 行数据，请分成几个文件导入。`);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      // A column already refused above would only add "请选择…" for the value it could not read.
      const refused = new Set(errors.map((e) => e.column));
      for (const issue of parsed.error.issues) {
        const column = header.get(String(issue.path[0] ?? "")) ?? WHOLE_ROW;
        if (!refused.has(column)) errors.push({ column, message: issue.message });
      }
    }
    // In the order of the columns, as the user reads the row; issues about the whole row last.
    const order = (e: RowError) => (e.column === WHOLE_ROW ? columns.length : columns.findIndex((c) => c.header === e.column));
    errors.sort((a, b) => order(a) - order(b));
    rows.push(errors.length || !parsed.success ? { row: r, ok: false, errors } : { row: r, ok: true, input: parsed.data, cells });
  }
  return rows;
}
