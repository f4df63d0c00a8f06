import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from "docx";
import type { NoticeText } from "./templates";

// A notice as a 公文-like Word file: A4, title in 宋体 二号, text in 仿宋_GB2312 三号 on a fixed 28 pt line (as the
// report's DOCX, lib/report/export/docx.ts). Fonts are given by name; Word substitutes them where not installed.

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const PAGE = { width: 11906, height: 16838, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } };
const FIXED_LINE = { line: 560, lineRule: LineRuleType.EXACT };

export async function writeNoticeDocx(notice: NoticeText): Promise<Buffer> {
  const lines = notice.text.split("\n");
  const document = new Document({
    title: notice.title,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [new TextRun({ text: notice.title, font: font("宋体"), size: 44, bold: true })] }),
          ...lines.map((line) => new Paragraph({ spacing: FIXED_LINE, children: [new TextRun({ text: line, font: font("仿宋_GB2312"), size: 32 })] })),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

// The print page: A4 with 公文 margins, 仿宋 text; the on-screen hint is not printed.
const STYLE = `
@page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }
body { font-family: "仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 1.75; color: #000; margin: 0 auto; max-width: 16cm; padding: 1em; }
h1 { font-family: "方正小标宋简体", "宋体", SimSun, "Noto Serif CJK SC", serif; font-size: 22pt; text-align: center; font-weight: normal; margin: 0 0 1em; }
.text { white-space: pre-wrap; margin: 0; }
.hint { font-family: sans-serif; font-size: 11pt; color: #555; border-bottom: 1px solid #ccc; padding-bottom: 0.5em; }
@media print { .hint { display: none; } }
`;

export function writeNoticeHtml(notice: NoticeText): string {
  return [
    "<!doctype html>",
    `<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(notice.title)}</title><style>${STYLE}</style></head><body>`,
    `<p class="hint">使用浏览器的“打印”功能打印本页（或另存为 PDF）。</p>`,
    `<h1>${escape(notice.title)}</h1>`,
    `<p class="text">${escape(notice.text)}</p>`,
    "</body></html>",
  ].join("\n");
}
