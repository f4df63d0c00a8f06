import {
  APPEAL_COLUMNS,
  ITEM_ROWS,
  APPEAL_TABLE,
  MONEY_CELLS,
  PROACTIVE_CONTENT_LABEL,
  PROACTIVE_TABLE,
  REQUEST_COLUMNS,
  REQUEST_TABLE,
  TABLE_TITLES,
  outcomeGroups,
  type ReportFormat,
  type TableKey,
} from "./formats";
import type { Cells } from "./types";

// The official layout of tables 二、三、四 as a model: rows of header cells (with their merges and the ids that
// data cells refer to), data cells (named "section.row.column") and notes. The web page, the print HTML, the
// DOCX, the XLSX and the CSV all draw from this one model, so a label or a merge is defined once.

export type HeaderCell = {
  kind: "header";
  id: string;
  text: string;
  scope: "col" | "colgroup" | "row" | "rowgroup";
  rowSpan?: number;
  colSpan?: number;
  /** Ids of the headers this header sits under (for the `headers` attribute of complex tables). */
  headers?: string[];
};
export type DataCell = { kind: "data"; cell: string; headers: string[]; colSpan?: number };
export type NoteCell = { kind: "note"; text: string; rowSpan?: number; colSpan?: number };
export type LayoutCell = HeaderCell | DataCell | NoteCell;

export type TableLayout = {
  key: TableKey;
  title: string;
  /** Number of grid columns. */
  columns: number;
  /** Column-header rows (rendered in <thead>); table 二 repeats its headers per group, so it has none. */
  head: LayoutCell[][];
  body: LayoutCell[][];
};

/** Tables of one format, in report order. */
export type ReportTables = Pick<Record<TableKey, Cells>, TableKey>;

const header = (
  id: string,
  text: string,
  scope: HeaderCell["scope"],
  extra: Partial<Pick<HeaderCell, "rowSpan" | "colSpan" | "headers">> = {},
): HeaderCell => ({ kind: "header", id, text, scope, ...extra });

function proactiveLayout(format: ReportFormat): TableLayout {
  const groups = PROACTIVE_TABLE[format];
  const columns = 1 + Math.max(...groups.map((g) => g.columns.length));
  const body: LayoutCell[][] = [];
  groups.forEach((group, g) => {
    const gid = `proactive-g${g}`;
    const contentId = `${gid}-content`;
    // A group with fewer columns than the grid lets its last column span the rest, as the official tables do.
    const span = (index: number) => (index === group.columns.length - 1 ? columns - group.columns.length : undefined);
    body.push([header(gid, group.heading, "colgroup", { colSpan: columns })]);
    body.push([
      header(contentId, PROACTIVE_CONTENT_LABEL, "col", { headers: [gid] }),
      ...group.columns.map((column, i) =>
        header(`${gid}-c-${column.code}`, column.label, "col", { headers: [gid], colSpan: span(i) }),
      ),
    ]);
    for (const row of group.rows) {
      const rid = `${gid}-r-${row.code}`;
      body.push([
        header(rid, row.label, "row", { headers: [gid, contentId] }),
        ...group.columns.map(
          (column, i): DataCell => ({
            kind: "data",
            cell: `proactive.${row.code}.${column.code}`,
            headers: [gid, rid, `${gid}-c-${column.code}`],
            colSpan: span(i),
          }),
        ),
      ]);
    }
  });
  return { key: "proactive", title: TABLE_TITLES.proactive, columns, head: [], body };
}

function requestsLayout(format: ReportFormat): TableLayout {
  const t = REQUEST_TABLE;
  const applicant = "req-applicant";
  const orgs = "req-orgs";
  const col = (code: string) => `req-c-${code}`;
  const organisationColumns = REQUEST_COLUMNS.filter((c) => c !== "natural_person" && c !== "total");
  const columnHeaders = (code: string) => (organisationColumns.includes(code as never) ? [applicant, orgs, col(code)] : [applicant, col(code)]);
  const data = (row: string, rowHeaders: string[]): DataCell[] =>
    REQUEST_COLUMNS.map((c) => ({ kind: "data", cell: `requests.${row}.${c}`, headers: [...rowHeaders, ...columnHeaders(c)] }));

  const head: LayoutCell[][] = [
    [
      { kind: "note", text: t.identityNote, rowSpan: 3, colSpan: 3 },
      header(applicant, t.applicant, "colgroup", { colSpan: REQUEST_COLUMNS.length }),
    ],
    [
      header(col("natural_person"), t.columns.natural_person, "col", { rowSpan: 2, headers: [applicant] }),
      header(orgs, t.organisations, "colgroup", { colSpan: organisationColumns.length, headers: [applicant] }),
      header(col("total"), t.columns.total, "col", { rowSpan: 2, headers: [applicant] }),
    ],
    organisationColumns.map((c) => header(col(c), t.columns[c], "col", { headers: [applicant, orgs] })),
  ];

  const wholeRow = (code: "new" | "carried_in" | "carried_out"): LayoutCell[] => {
    const id = `req-r-${code}`;
    return [header(id, t.rows[code], "row", { colSpan: 3 }), ...data(code, [id])];
  };

  const outcomes = "req-outcomes";
  const outcomeRows: LayoutCell[][] = [];
  for (const [g, group] of outcomeGroups(format).entries()) {
    if (group.code !== undefined) {
      const id = `req-r-${group.code}`;
      outcomeRows.push([header(id, group.label, "row", { colSpan: 2, headers: [outcomes] }), ...data(group.code, [outcomes, id])]);
      continue;
    }
    const gid = `req-g${g}`;
    group.rows.forEach((row, i) => {
      const id = `req-r-${row.code}`;
      outcomeRows.push([
        ...(i === 0 ? [header(gid, group.label, "rowgroup", { rowSpan: group.rows.length, headers: [outcomes] })] : []),
        header(id, row.label, "row", { headers: [outcomes, gid] }),
        ...data(row.code, [outcomes, gid, id]),
      ]);
    });
  }
  outcomeRows.push([header("req-r-total", t.rows.total, "row", { colSpan: 2, headers: [outcomes] }), ...data("total", [outcomes, "req-r-total"])]);
  outcomeRows[0].unshift(header(outcomes, t.rows.outcomes, "rowgroup", { rowSpan: outcomeRows.length }));

  return {
    key: "requests",
    title: TABLE_TITLES.requests,
    columns: 3 + REQUEST_COLUMNS.length,
    head,
    body: [wholeRow("new"), wholeRow("carried_in"), ...outcomeRows, wholeRow("carried_out")],
  };
}

function appealsLayout(): TableLayout {
  const t = APPEAL_TABLE;
  const groups = Object.keys(t.groups) as (keyof typeof t.groups)[];
  const [review, ...litigation] = groups;
  const n = APPEAL_COLUMNS.length;
  const columnId = (group: string, column: string) => `ap-${group}-${column}`;
  const columnHeaders = (group: string) => (group === review ? [`ap-${review}`] : ["ap-litigation", `ap-${group}`]);
  return {
    key: "appeals",
    title: TABLE_TITLES.appeals,
    columns: n * groups.length,
    head: [
      [
        header(`ap-${review}`, t.review, "colgroup", { colSpan: n }),
        header("ap-litigation", t.litigation, "colgroup", { colSpan: n * litigation.length }),
      ],
      [
        ...APPEAL_COLUMNS.map((c) => header(columnId(review, c), t.columns[c], "col", { rowSpan: 2, headers: columnHeaders(review) })),
        ...litigation.map((g) => header(`ap-${g}`, t.groups[g], "colgroup", { colSpan: n, headers: ["ap-litigation"] })),
      ],
      litigation.flatMap((g) => APPEAL_COLUMNS.map((c) => header(columnId(g, c), t.columns[c], "col", { headers: columnHeaders(g) }))),
    ],
    body: [
      groups.flatMap((g) =>
        APPEAL_COLUMNS.map((c): DataCell => ({ kind: "data", cell: `appeals.${g}.${c}`, headers: [...columnHeaders(g), columnId(g, c)] })),
      ),
    ],
  };
}

/** Tables 二、三、四 of a format in the official layout. */
export function tableLayouts(format: ReportFormat): TableLayout[] {
  return [proactiveLayout(format), requestsLayout(format), appealsLayout()];
}

/** "requests.withheld.third_party.total" → section, row, column (row codes may themselves contain dots). */
export function parseCellKey(key: string): { section: string; row: string; column: string } | null {
  const parts = key.split(".");
  if (parts.length < 3) return null;
  return { section: parts[0], row: parts.slice(1, -1).join("."), column: parts[parts.length - 1] };
}

/** Table-二 cells other than 规章/规范性文件 come from the yearly statistics, not from records. */
export function isStatisticCell(key: string): boolean {
  const parsed = parseCellKey(key);
  return parsed?.section === "proactive" && !(ITEM_ROWS as readonly string[]).includes(parsed.row);
}

export function cellValue(tables: ReportTables, key: string): number | undefined {
  const parsed = parseCellKey(key);
  if (!parsed || !(parsed.section in tables)) return undefined;
  return tables[parsed.section as TableKey][parsed.row]?.[parsed.column];
}

/** Money is an exact decimal (万元 with up to 6 decimals); counts are integers. */
export function formatCell(key: string, value: number): string {
  const parsed = parseCellKey(key);
  if (parsed && MONEY_CELLS.has(`${parsed.row}.${parsed.column}`)) return value.toFixed(6).replace(/\.?0+$/, "");
  return String(value);
}

/** Every data cell key of a format, in reading order. */
export function cellKeys(format: ReportFormat): string[] {
  return tableLayouts(format).flatMap((t) => t.body.flat().flatMap((c) => (c.kind === "data" ? [c.cell] : [])));
}

export type PlacedCell = { row: number; col: number; rowSpan: number; colSpan: number; cell: LayoutCell };

/** Places layout rows on the grid (the HTML table algorithm), for writers that need absolute positions. */
export function placeCells(rows: LayoutCell[][]): PlacedCell[] {
  const taken = new Set<string>();
  const placed: PlacedCell[] = [];
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken.has(`${r},${c}`)) c++;
      const rowSpan = "rowSpan" in cell ? (cell.rowSpan ?? 1) : 1;
      const colSpan = cell.colSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) taken.add(`${r + dr},${c + dc}`);
      placed.push({ row: r, col: c, rowSpan, colSpan, cell });
      c += colSpan;
    }
  });
  return placed;
}

/** The label of a cell, from its headers, e.g. "三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益 / 自然人". */
export function cellLabel(format: ReportFormat, key: string): string {
  for (const table of tableLayouts(format)) {
    const headers = new Map<string, string>();
    for (const cell of [...table.head, ...table.body].flat()) if (cell.kind === "header") headers.set(cell.id, cell.text);
    for (const cell of table.body.flat()) {
      if (cell.kind === "data" && cell.cell === key) return cell.headers.map((id) => headers.get(id)).join(" / ");
    }
  }
  return key;
}
