import type { ReportDocument } from "../document";
import { cellKeys, cellLabel, cellValue, formatCell, tableLayouts } from "../layout";

// One line per cell (table, cell code, label from its headers, value): easy to filter and to compare between
// years. UTF-8 with a byte-order mark and CRLF line ends, so Excel opens it with the Chinese intact.

const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function writeCsv(doc: ReportDocument): string {
  const { format } = doc.report;
  const titles = new Map(tableLayouts(format).map((t) => [t.key as string, t.title]));
  const lines = [["表格", "单元格代码", "项目", "数值"]];
  for (const cell of cellKeys(format)) {
    lines.push([titles.get(cell.split(".")[0])!, cell, cellLabel(format, cell), formatCell(cell, cellValue(doc.report, cell) ?? 0)]);
  }
  return "\uFEFF" + lines.map((line) => line.map(field).join(",")).join("\r\n") + "\r\n";
}
