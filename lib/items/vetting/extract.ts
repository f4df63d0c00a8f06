import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { extractText } from "unpdf";
import type { AttachmentType } from "../file-type";

// The text of an attachment for the 保密审查 scanner, by maintained libraries: unpdf (pdf.js) for PDF, mammoth for
// DOCX, exceljs for XLSX. Images have no text we can read (no OCR): the record says so rather than "checked".

export type Extracted = { text: string } | { text: null; reason: string };

/** Enough for any real document; a text longer than this is scanned up to here and the record notes the cut. */
export const MAX_EXTRACTED_CHARS = 2_000_000;

async function pdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js takes ownership of the buffer it is given (and unpdf closes the document it opens): pass a copy so the
  // caller's bytes stay usable.
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return text;
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

async function xlsxText(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    lines.push(sheet.name);
    // One line per row, cells separated by tabs, so a number never runs into its neighbour.
    sheet.eachRow((row) => lines.push(row.values instanceof Array ? row.values.slice(1).map((v) => cellText(v)).join("\t") : ""));
  });
  return lines.join("\n");
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return String(value.text);
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  return "";
}

const READERS: Partial<Record<AttachmentType, (bytes: Uint8Array) => Promise<string>>> = { pdf: pdfText, docx: docxText, xlsx: xlsxText };

/** The text of one file of a known type, or why there is none (an image, a damaged file). */
export async function extractAttachmentText(type: AttachmentType | null, bytes: Uint8Array): Promise<Extracted> {
  const read = type ? READERS[type] : undefined;
  if (!read) return { text: null, reason: "图片或其他无法提取文字的文件，须人工查看" };
  try {
    return { text: (await read(bytes)).slice(0, MAX_EXTRACTED_CHARS) };
  } catch {
    return { text: null, reason: "文件无法读取（可能已损坏或加密），须人工查看" };
  }
}
