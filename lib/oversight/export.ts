import ExcelJS from "exceljs";
import { csvCell } from "@/lib/audit";
import { REPORT_STATES, reportDueOn, type OversightRow } from "./console";

// The console as a table of text, shared by the page and both downloads, so a column is defined once.

export const CONSOLE_HEADERS = ["机关", "年报（条例第五十条）", "未通过的检查", "办理中的申请", "已逾期", "5个工作日内到期", "逾期公开的信息", "未同步解读的政策文件", "距上次公开（天）"];

export function reportCell(row: OversightRow): string {
  return row.report === "late" ? `${REPORT_STATES.late}（${row.reportPublishedOn}）` : REPORT_STATES[row.report];
}

export function checksCell(row: OversightRow): string {
  if (row.failingChecks.length === 0) return row.report === "missing" ? "—" : "无";
  const overridden = row.failingChecks.filter((c) => row.overriddenChecks.includes(c)).length;
  return `${row.failingChecks.length} 项（已说明理由 ${overridden} 项）：${row.failingChecks.join("、")}`;
}

/** One row of text per body, in CONSOLE_HEADERS' order. */
export function consoleCells(row: OversightRow): string[] {
  return [
    row.name,
    reportCell(row),
    checksCell(row),
    String(row.open),
    String(row.overdue),
    String(row.dueSoon),
    String(row.lateItems),
    String(row.policiesWithoutInterpretation),
    row.daysSincePublication === null ? "从未公开" : String(row.daysSincePublication),
  ];
}

export const consoleTitle = (scopeName: string, year: number) => `${scopeName}政务公开监督（${year}年度，年报截止 ${reportDueOn(year)}）`;

export function consoleCsv(rows: OversightRow[]): string {
  return `\uFEFF${[CONSOLE_HEADERS, ...rows.map(consoleCells)].map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export async function consoleXlsx(rows: OversightRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("公开监督");
  sheet.addRow([title]).font = { bold: true };
  sheet.addRow(CONSOLE_HEADERS).font = { bold: true };
  // Counts as numbers, so the sheet sums and sorts them.
  for (const row of rows) sheet.addRow(consoleCells(row).map((cell, i) => (i >= 3 && /^\d+$/.test(cell) ? Number(cell) : cell)));
  sheet.columns.forEach((column, i) => (column.width = i === 0 || i === 2 ? 30 : 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
