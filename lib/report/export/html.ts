import type { ReportDocument } from "../document";
import { cellValue, formatCell, type LayoutCell, type TableLayout } from "../layout";
import type { ReportJson } from "../types";
import { COLUMN_WIDTHS, documentBlocks, documentTitle, statusLine, TEXT_WIDTH } from "./common";

// A print-ready page: A4 with official-document margins, 仿宋 body text, 宋体 tables, headers repeated on every
// printed page. Open it in a browser and print (or save as PDF).

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

// Spans of 1 are the default and left out.
const attrs = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== 1)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join("");

function cellHtml(cell: LayoutCell, report: ReportJson): string {
  if (cell.kind === "note") return `<td${attrs({ rowspan: cell.rowSpan, colspan: cell.colSpan, class: "note" })}>${escape(cell.text)}</td>`;
  if (cell.kind === "header") {
    return `<th${attrs({ id: cell.id, scope: cell.scope, rowspan: cell.rowSpan, colspan: cell.colSpan, headers: cell.headers?.join(" ") })}>${escape(cell.text)}</th>`;
  }
  const text = formatCell(cell.cell, cellValue(report, cell.cell) ?? 0);
  return `<td${attrs({ colspan: cell.colSpan, headers: cell.headers.join(" "), class: "num" })}>${escape(text)}</td>`;
}

export function tableHtml(table: TableLayout, report: ReportJson): string {
  const rows = (rows: LayoutCell[][]) => rows.map((row) => `<tr>${row.map((c) => cellHtml(c, report)).join("")}</tr>`).join("\n");
  return [
    `<table class="${table.key}">`,
    `<caption>${escape(table.title)}</caption>`,
    `<colgroup>${COLUMN_WIDTHS[table.key].map((w) => `<col style="width:${((w / TEXT_WIDTH) * 100).toFixed(2)}%">`).join("")}</colgroup>`,
    table.head.length > 0 ? `<thead>\n${rows(table.head)}\n</thead>` : "",
    `<tbody>\n${rows(table.body)}\n</tbody>`,
    "</table>",
  ].join("\n");
}

const STYLE = `
@page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }
body { font-family: "仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 1.75; color: #000; margin: 0 auto; max-width: 16cm; padding: 1em; }
h1 { font-family: "方正小标宋简体", "宋体", SimSun, "Noto Serif CJK SC", serif; font-size: 22pt; text-align: center; font-weight: normal; margin: 0 0 0.5em; }
.org { text-align: center; font-size: 16pt; margin: 0; }
.status { text-align: center; font-size: 12pt; margin: 0 0 1em; }
h2 { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 1em 0 0.25em; }
h3 { font-family: "楷体_GB2312", "楷体", KaiTi, "Noto Serif CJK SC", serif; font-size: 16pt; font-weight: normal; margin: 0.5em 0 0; }
p { text-indent: 2em; margin: 0; text-align: justify; }
table { border-collapse: collapse; table-layout: fixed; width: 100%; font-family: "宋体", SimSun, "Noto Serif CJK SC", serif; font-size: 10.5pt; line-height: 1.3; margin: 0.5em 0 1em; }
table.appeals { font-size: 9pt; }
caption { position: absolute; left: -9999px; }
th, td { border: 1px solid #000; padding: 2pt 3pt; font-weight: normal; }
th[scope="row"], th[scope="rowgroup"] { text-align: left; }
th[scope="col"], th[scope="colgroup"], td.num { text-align: center; }
td.note { font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
@media screen { body { background: #fff; } }
`;

export function writeHtml(doc: ReportDocument): string {
  const title = documentTitle(doc);
  const body = documentBlocks(doc)
    .map((block) => {
      if (block.kind === "heading") return `<h${block.level}>${escape(block.text)}</h${block.level}>`;
      if (block.kind === "paragraphs") return block.paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n");
      return tableHtml(block.table, doc.report);
    })
    .join("\n");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(`${doc.organization.name}${title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="org">${escape(doc.organization.name)}</p>
<h1>${escape(title)}</h1>
<p class="status">${escape(statusLine(doc))}</p>
${body}
</main>
</body>
</html>
`;
}
