import { DOCX, XLSX } from "@/lib/office-formats";
import type { ReportDocument } from "../document";
import { documentTitle } from "./common";
import { writeCsv } from "./csv";
import { writeDocx } from "./docx";
import { writeHtml } from "./html";
import { writeXlsx } from "./xlsx";

// The export formats, shared by the command line (scripts/report.ts) and the download route handler.

export const EXPORT_FORMATS = {
  docx: DOCX,
  xlsx: XLSX,
  html: { label: "打印版（HTML，可另存为 PDF）", contentType: "text/html; charset=utf-8" },
  csv: { label: "CSV", contentType: "text/csv; charset=utf-8" },
  json: { label: "JSON", contentType: "application/json; charset=utf-8" },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_CODES = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];

/** The file of a report in one format. JSON is the report JSON of the interchange contract, nothing more. */
export async function writeExport(doc: ReportDocument, format: ExportFormat): Promise<Buffer | string> {
  switch (format) {
    case "json":
      return JSON.stringify(doc.report, null, 2) + "\n";
    case "csv":
      return writeCsv(doc);
    case "html":
      return writeHtml(doc);
    case "xlsx":
      return writeXlsx(doc);
    case "docx":
      return writeDocx(doc);
  }
}

/** e.g. "永安市小陶镇人民政府2020年政府信息公开工作年度报告（第1版）.docx". */
export function exportFileName(doc: ReportDocument, format: ExportFormat): string {
  const status = doc.status.kind === "draft" ? "草稿" : `第${doc.status.versionNo}版`;
  return `${doc.organization.name}${documentTitle(doc)}（${status}）.${format}`;
}
