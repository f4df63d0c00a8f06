import "server-only";
import { yearBounds } from "@/lib/dates";
import { WENT_PUBLIC_STATUSES } from "@/lib/items/codes";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { outcomeRows, REQUEST_COLUMNS, formatForYear } from "./formats";
import { cellLabel, isStatisticCell, parseCellKey } from "./layout";

// The records behind one cell of the report: the same date rules as lib/report/queries.ts, written as Prisma
// filters (drilldown.test.ts checks that every cell's list has exactly as many records as the cell counts).
// Always limited to one organisation.

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
  const { first, last } = yearBounds(year);
  const inYear = { gte: first, lte: last };
  const wentPublic = { status: { in: [...WENT_PUBLIC_STATUSES] } };
  if (row === "summary") {
    const created = { createdOn: inYear };
    return (
      {
        itemsCreated: created,
        itemsProactive: { ...created, disclosure: "proactive" },
        itemsOnRequest: { ...created, disclosure: "on_request" },
        itemsWithheld: { ...created, disclosure: "withheld" },
        itemsPublished: { ...wentPublic, disclosure: "proactive", publishedOn: inYear },
        itemsPublishedCumulative: { ...wentPublic, disclosure: "proactive", publishedOn: { lte: last } },
      }[column] ?? null
    );
  }
  const genre = { genre: row };
  switch (column) {
    case "created":
    case "issued":
      return { ...genre, createdOn: inYear };
    case "published":
      return { ...genre, ...wentPublic, publishedOn: inYear };
    case "total_public":
      return { ...genre, ...wentPublic, disclosure: "proactive", publishedOn: { lte: last } };
    case "abolished":
      return { ...genre, abolishedOn: inYear };
    case "in_force":
      return { ...genre, createdOn: { lte: last }, OR: [{ abolishedOn: null }, { abolishedOn: { gt: last } }] };
    default:
      return null;
  }
}

function requestFilter(row: string, column: string, year: number): Prisma.DisclosureRequestWhereInput | null {
  const { first, last } = yearBounds(year);
  if (!(REQUEST_COLUMNS as readonly string[]).includes(column)) return null;
  const rows = outcomeRows(formatForYear(year));
  const closedAs = (outcomes: string[]) => ({ closedOn: { gte: first, lte: last }, outcome: { in: outcomes } });
  const byRow: Record<string, Prisma.DisclosureRequestWhereInput> = {
    new: { receivedOn: { gte: first } },
    carried_in: { receivedOn: { lt: first }, OR: [{ closedOn: null }, { closedOn: { gte: first } }] },
    total: closedAs(rows.flatMap((r) => r.outcomes)),
    carried_out: { OR: [{ closedOn: null }, { closedOn: { gt: last } }] },
    ...Object.fromEntries(rows.map((r) => [r.code, closedAs(r.outcomes)])),
  };
  if (!byRow[row]) return null;
  // Every row of table 三 only counts requests received by 31 December.
  return { AND: [{ receivedOn: { lte: last } }, byRow[row]], ...(column === "total" ? {} : { applicantType: column }) };
}

function appealFilter(row: string, column: string, year: number): Prisma.AppealWhereInput | null {
  const { first, last } = yearBounds(year);
  const pending: Prisma.AppealWhereInput = { OR: [{ closedOn: null }, { closedOn: { gt: last } }] };
  const decided = (results: string[]): Prisma.AppealWhereInput => ({ closedOn: { lte: last }, result: { in: results } });
  const results = ["upheld", "corrected", "other"];
  const byColumn: Record<string, Prisma.AppealWhereInput> = {
    pending,
    total: { OR: [pending, decided(results)] },
    ...Object.fromEntries(results.map((r) => [r, decided([r])])),
  };
  if (!byColumn[column] || !["review", "litigation_direct", "litigation_after_review"].includes(row)) return null;
  return { kind: row, filedOn: { gte: first, lte: last }, ...byColumn[column] };
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
