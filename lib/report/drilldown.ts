import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { outcomeRows, REQUEST_COLUMNS, formatForYear } from "./formats";
import { cellLabel, isStatisticCell, parseCellKey } from "./layout";
import {
  APPEAL_PENDING,
  APPEAL_SCOPE,
  ITEM_COLUMNS,
  ITEM_MEASURES,
  REQUEST_MEASURES,
  REQUEST_SCOPE,
  SUMMARY_CELLS,
  conditionWhere,
  type ItemCell,
  type RequestMeasure,
} from "./measures";

// The records behind one cell of the report: the measures the report statement sums (measures.ts), as Prisma
// filters, with the cell's row and column as the group keys (drilldown.test.ts checks that every cell's list has
// exactly as many records as the cell counts). Always limited to one organisation.

export const DRILLDOWN_LIMIT = 500;

export type DrilldownItem = {
  id: string;
  indexNo: string;
  title: string;
  genre: string;
  disclosure: string;
  status: string;
  createdOn: string;
  publishedOn: string | null;
  abolishedOn: string | null;
};
export type DrilldownRequest = {
  id: string;
  number: string;
  applicantType: string;
  receivedOn: string | null;
  closedOn: string | null;
  outcome: string | null;
  status: string;
};
export type DrilldownAppeal = { id: string; number: string; kind: string; filedOn: string; closedOn: string | null; result: string | null };

export type Drilldown = { cell: string; label: string; total: number } & (
  | { kind: "items"; records: DrilldownItem[] }
  | { kind: "requests"; records: DrilldownRequest[] }
  | { kind: "appeals"; records: DrilldownAppeal[] }
  | { kind: "statistic" }
);

const SUMMARY_LABELS: Record<string, string> = {
  itemsCreated: "本年制作信息",
  itemsProactive: "本年制作信息中的主动公开信息",
  itemsOnRequest: "本年制作信息中的依申请公开信息",
  itemsWithheld: "本年制作信息中的不予公开信息",
  itemsPublished: "本年主动公开信息",
  itemsPublishedCumulative: "历年累计主动公开信息",
};

function itemFilter(row: string, column: string, year: number): Prisma.ItemWhereInput | null {
  const cells: Record<string, ItemCell> = row === "summary" ? SUMMARY_CELLS : ITEM_COLUMNS;
  if (!Object.hasOwn(cells, column)) return null;
  const cell = cells[column];
  return {
    ...(row === "summary" ? {} : { genre: row }),
    ...(cell.disclosure ? { disclosure: cell.disclosure } : {}),
    AND: [conditionWhere(ITEM_MEASURES[cell.measure], year)],
  };
}

function requestFilter(row: string, column: string, year: number): Prisma.DisclosureRequestWhereInput | null {
  if (!(REQUEST_COLUMNS as readonly string[]).includes(column)) return null;
  const rows = outcomeRows(formatForYear(year));
  const measure = (name: RequestMeasure) => conditionWhere<Prisma.DisclosureRequestWhereInput>(REQUEST_MEASURES[name], year);
  const closedAs = (outcomes: string[]) => ({ AND: [measure("closed"), { outcome: { in: outcomes } }] });
  const byRow: Record<string, Prisma.DisclosureRequestWhereInput> = {
    new: measure("received"),
    carried_in: measure("carriedIn"),
    total: closedAs(rows.flatMap((r) => r.outcomes)),
    carried_out: measure("carriedOut"),
    ...Object.fromEntries(rows.map((r) => [r.code, closedAs(r.outcomes)])),
  };
  if (!byRow[row]) return null;
  return {
    AND: [conditionWhere(REQUEST_SCOPE, year), byRow[row]],
    ...(column === "total" ? {} : { applicantType: column }),
  };
}

function appealFilter(row: string, column: string, year: number): Prisma.AppealWhereInput | null {
  const pending = conditionWhere<Prisma.AppealWhereInput>(APPEAL_PENDING, year);
  // The pending condition is never NULL (it tests closedOn IS NULL first), so NOT is its exact complement.
  const decided = (results: string[]): Prisma.AppealWhereInput => ({ NOT: pending, result: { in: results } });
  const results = ["upheld", "corrected", "other"];
  const byColumn: Record<string, Prisma.AppealWhereInput> = {
    pending,
    total: { OR: [pending, decided(results)] },
    ...Object.fromEntries(results.map((r) => [r, decided([r])])),
  };
  if (!byColumn[column] || !["review", "litigation_direct", "litigation_after_review"].includes(row)) return null;
  return { kind: row, AND: [conditionWhere(APPEAL_SCOPE, year), byColumn[column]] };
}

/** The records behind a cell ("requests.withheld.third_party.total", "summary.itemsCreated"); null for an unknown cell. */
export async function drilldown(orgId: string, year: number, cell: string): Promise<Drilldown | null> {
  const format = formatForYear(year);
  const summary = /^summary\.(\w+)$/.exec(cell);
  const parsed = summary ? { section: "proactive", row: "summary", column: summary[1] } : parseCellKey(cell);
  if (!parsed) return null;
  const label = summary ? SUMMARY_LABELS[summary[1]] : cellLabel(format, cell);
  if (!label || label === cell) return null;
  const { section, row, column } = parsed;

  if (section === "proactive") {
    if (row !== "summary" && isStatisticCell(cell)) return { kind: "statistic", cell, label, total: 0 };
    const filter = itemFilter(row, column, year);
    if (!filter) return null;
    const where = { orgId, ...filter };
    const [total, records] = await Promise.all([
      db.item.count({ where }),
      db.item.findMany({
        where,
        orderBy: [{ createdOn: "asc" }, { indexNo: "asc" }],
        take: DRILLDOWN_LIMIT,
        select: { id: true, indexNo: true, title: true, genre: true, disclosure: true, status: true, createdOn: true, publishedOn: true, abolishedOn: true },
      }),
    ]);
    return { kind: "items", cell, label, total, records };
  }
  if (section === "requests") {
    const filter = requestFilter(row, column, year);
    if (!filter) return null;
    const where = { orgId, ...filter };
    const [total, records] = await Promise.all([
      db.disclosureRequest.count({ where }),
      db.disclosureRequest.findMany({
        where,
        orderBy: [{ receivedOn: "asc" }, { number: "asc" }],
        take: DRILLDOWN_LIMIT,
        select: { id: true, number: true, applicantType: true, receivedOn: true, closedOn: true, outcome: true, status: true },
      }),
    ]);
    return { kind: "requests", cell, label, total, records };
  }
  if (section === "appeals") {
    const filter = appealFilter(row, column, year);
    if (!filter) return null;
    const where = { orgId, ...filter };
    const [total, records] = await Promise.all([
      db.appeal.count({ where }),
      db.appeal.findMany({
        where,
        orderBy: [{ filedOn: "asc" }, { number: "asc" }],
        take: DRILLDOWN_LIMIT,
        select: { id: true, number: true, kind: true, filedOn: true, closedOn: true, result: true },
      }),
    ]);
    return { kind: "appeals", cell, label, total, records };
  }
  return null;
}
