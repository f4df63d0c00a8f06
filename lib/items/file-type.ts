import { DOCX, XLSX } from "@/lib/office-formats";

/** Attachments: which files are accepted, recognised by their content (magic bytes), never by the name sent. */

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENT_LABEL = "20 MB";

export const ATTACHMENT_TYPES = {
  pdf: { contentType: "application/pdf", label: "PDF" },
  docx: DOCX,
  xlsx: XLSX,
  png: { contentType: "image/png", label: "PNG 图片" },
  jpg: { contentType: "image/jpeg", label: "JPEG 图片" },
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** For the file input's accept attribute: a hint to the browser, the server still checks the content. */
export const ATTACHMENT_ACCEPT = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg";
export const ATTACHMENT_TYPES_LABEL = Object.values(ATTACHMENT_TYPES)
  .map((t) => t.label)
  .join("、");

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "latin1");
}

/**
 * The type of a file from its first bytes. DOCX and XLSX are both ZIP archives; they are told apart by the
 * part names every such archive lists (word/document.xml, xl/workbook.xml).
 */
export function detectFileType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpg";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const word = contains(bytes, "word/document.xml");
    const excel = contains(bytes, "xl/workbook.xml");
    if (word && !excel) return "docx";
    if (excel && !word) return "xlsx";
  }
  return null;
}

/**
 * The name to show and download under: no directories or control characters, at most 120 characters,
 * and the extension of the type actually detected.
 */
export function safeFileName(name: string, type: AttachmentType): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .trim()
    .slice(0, 120);
  return `${base || "附件"}.${type}`;
}

/** Content-Disposition for a download: an ASCII fallback plus the UTF-8 name (RFC 6266 / RFC 5987). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
