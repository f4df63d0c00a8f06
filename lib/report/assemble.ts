import { APPLICANT_TYPES, type ApplicantType, type Outcome } from "@/lib/requests/codes";
import { APPEAL_KINDS, type AppealKind } from "@/lib/appeals/codes";
import { ITEM_ROWS, PROACTIVE_TABLE, REQUEST_COLUMNS, outcomeRows, type ReportFormat } from "./formats";
import { ITEM_COLUMNS, SUMMARY_CELLS, type ItemCell } from "./measures";
import { percentOf } from "./percent";
import type { Cells, CategoryShare, ReportSummary } from "./types";

/** Items of one genre and disclosure attribute, counted by the database for one year. */
export type ItemGroup = {
  genre: string;
  disclosure: string;
  created: number; // createdOn in the year
  published: number; // publishedOn in the year
  publishedCumulative: number; // publishedOn on or before 31 December
  abolished: number; // abolishedOn in the year
  inForce: number; // createdOn on or before 31 December and not abolished by then
};

/** Requests of one applicant type and outcome (null while open), counted by the database for one year. */
export type RequestGroup = {
  applicantType: string;
  outcome: string | null;
  received: number; // receivedOn in the year
  carriedIn: number; // received before the year, not closed before 1 January
  closed: number; // closedOn in the year
  carriedOut: number; // received by 31 December, not closed by then
};

/** Appeals filed in the year, by kind and by the result known on 31 December ("pending" when not closed). */
export type AppealGroup = { kind: string; result: string; count: number };

export type CategoryCount = { code: string; name: string; count: number };

export type ReportInputs = {
  format: ReportFormat;
  items: ItemGroup[];
  categories: CategoryCount[]; // proactive items published in the year, in category order
  requests: RequestGroup[];
  appeals: AppealGroup[];
  statistics: Map<string, string>; // "row.column" → exact decimal
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);


export function proactiveCells(inputs: ReportInputs): Cells {
  const cells: Cells = {};
  for (const group of PROACTIVE_TABLE[inputs.format]) {
    for (const row of group.rows) {
      cells[row.code] = {};
      for (const column of group.columns) {
        cells[row.code][column.code] = (ITEM_ROWS as readonly string[]).includes(row.code)
          ? itemCell(inputs.items.filter((g) => g.genre === row.code), column.code)
          : Number(inputs.statistics.get(`${row.code}.${column.code}`) ?? 0);
      }
    }
  }
  return cells;
}

/** A cell over items (measures.ts): its measure summed over the groups of its disclosure attribute, or all. */
function itemSum(groups: ItemGroup[], { measure, disclosure }: ItemCell): number {
  return sum(groups.filter((g) => !disclosure || g.disclosure === disclosure).map((g) => g[measure]));
}

function itemCell(groups: ItemGroup[], column: string): number {
  if (!Object.hasOwn(ITEM_COLUMNS, column)) throw new Error(`unknown item column ${column}`);
  return itemSum(groups, ITEM_COLUMNS[column]);
}

export function requestCells(format: ReportFormat, groups: RequestGroup[]): Cells {
  const types = Object.keys(APPLICANT_TYPES) as ApplicantType[];
  const row = (count: (type: ApplicantType) => number) => {
    const cells: Record<string, number> = {};
    for (const type of types) cells[type] = count(type);
    cells.total = sum(types.map((type) => cells[type]));
    return cells;
  };
  const of = (type: string, pick: (g: RequestGroup) => number, filter: (g: RequestGroup) => boolean = () => true) =>
    sum(groups.filter((g) => g.applicantType === type && filter(g)).map(pick));

  const cells: Cells = {
    new: row((t) => of(t, (g) => g.received)),
    carried_in: row((t) => of(t, (g) => g.carriedIn)),
  };
  const outcomes = outcomeRows(format);
  for (const { code, outcomes: members } of outcomes) {
    cells[code] = row((t) => of(t, (g) => g.closed, (g) => members.includes(g.outcome as Outcome)));
  }
  cells.total = Object.fromEntries(
    REQUEST_COLUMNS.map((column) => [column, sum(outcomes.map(({ code }) => cells[code][column]))]),
  );
  cells.carried_out = row((t) => of(t, (g) => g.carriedOut));
  return cells;
}

export function appealCells(groups: AppealGroup[]): Cells {
  const cells: Cells = {};
  for (const kind of Object.keys(APPEAL_KINDS) as AppealKind[]) {
    const count = (result: string) => sum(groups.filter((g) => g.kind === kind && g.result === result).map((g) => g.count));
    const row = { upheld: count("upheld"), corrected: count("corrected"), other: count("other"), pending: count("pending") };
    cells[kind] = { ...row, total: sum(Object.values(row)) };
  }
  return cells;
}

export function summarize(items: ItemGroup[], categories: CategoryCount[]): ReportSummary {
  const figures = Object.fromEntries(
    Object.entries(SUMMARY_CELLS).map(([figure, cell]) => [figure, itemSum(items, cell)]),
  ) as Record<keyof typeof SUMMARY_CELLS, number>;
  const byCategory: CategoryShare[] = categories
    .filter((c) => c.count > 0)
    .map((c) => ({ category: c.code, name: c.name, count: c.count, percent: percentOf(c.count, figures.itemsPublished) }));
  return { ...figures, byCategory };
}
