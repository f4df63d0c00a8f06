// Types only: this module is read by client components too (text.ts → assemble.ts), where Prisma cannot load.
import type { Prisma } from "@/lib/generated/prisma/client";
import { yearBounds } from "@/lib/dates";
import { REPORTED_ITEM_STATUSES } from "@/lib/items/codes";
import type { ItemGroup, RequestGroup } from "./assemble";
import type { ReportSummary } from "./types";

// The report's counting rules, each written once as a condition on a record's columns for a report year. The
// report statement (queries.ts) sums them as SUM(CASE WHEN … THEN 1 ELSE 0 END) over a covering index; the
// drill-down (drilldown.ts) lists the records behind a cell with the same conditions as Prisma filters. Adding a
// measure is one entry here (and its field in ItemGroup or RequestGroup).

/** The first or the last day of the report year. */
type Day = "first" | "last";

/** A condition on the columns C of a record, for a report year. */
export type Condition<C extends string> =
  | { column: C; op: ">=" | ">" | "<=" | "<"; day: Day }
  | { column: C; isNull: true }
  | { column: C; in: readonly string[] }
  | { all: Condition<C>[] }
  | { any: Condition<C>[] };

type ItemColumn = Prisma.ItemScalarFieldEnum;
type RequestColumn = Prisma.DisclosureRequestScalarFieldEnum;
type AppealColumn = Prisma.AppealScalarFieldEnum;

export type ItemMeasure = Exclude<keyof ItemGroup, "genre" | "disclosure">;
export type RequestMeasure = Exclude<keyof RequestGroup, "applicantType" | "outcome">;

const on = <C extends string>(column: C, op: ">=" | ">" | "<=" | "<", day: Day): Condition<C> => ({ column, op, day });
const inYear = <C extends string>(column: C): Condition<C> => ({ all: [on(column, ">=", "first"), on(column, "<=", "last")] });
/** Not yet set on 31 December: empty or later. */
const openAtEnd = <C extends string>(column: C): Condition<C> => ({ any: [{ column, isNull: true }, on(column, ">", "last")] });

/** Only approved items count (REPORTED_ITEM_STATUSES): not drafts, items awaiting review or discarded drafts. */
const reported: Condition<ItemColumn> = { column: "status", in: REPORTED_ITEM_STATUSES };

/** Items, grouped by genre and disclosure; the order is the order of the statement's columns n1 … n5. */
export const ITEM_MEASURES: Record<ItemMeasure, Condition<ItemColumn>> = {
  created: { all: [reported, inYear("createdOn")] },
  published: { all: [reported, inYear("publishedOn")] },
  publishedCumulative: { all: [reported, on("publishedOn", "<=", "last")] },
  abolished: { all: [reported, inYear("abolishedOn")] },
  inForce: { all: [reported, on("createdOn", "<=", "last"), openAtEnd("abolishedOn")] },
};

/** Every row of table 三 only counts requests received by 31 December. */
export const REQUEST_SCOPE: Condition<RequestColumn> = on("receivedOn", "<=", "last");

/** Requests (within REQUEST_SCOPE), grouped by applicant type and outcome; in the order of the columns n1 … n4. */
export const REQUEST_MEASURES: Record<RequestMeasure, Condition<RequestColumn>> = {
  received: on("receivedOn", ">=", "first"),
  carriedIn: { all: [on("receivedOn", "<", "first"), { any: [{ column: "closedOn", isNull: true }, on("closedOn", ">=", "first")] }] },
  closed: inYear("closedOn"),
  carriedOut: openAtEnd("closedOn"),
};

/** An appeal counts in the year it was filed … */
export const APPEAL_SCOPE: Condition<AppealColumn> = inYear("filedOn");
/** … under its result known on 31 December, or as pending ("尚未审结") when it was not closed by then. */
export const APPEAL_PENDING: Condition<AppealColumn> = openAtEnd("closedOn");

/** A cell over items: a measure summed over the items of one disclosure attribute, or of all. */
export type ItemCell = { measure: ItemMeasure; disclosure?: "proactive" | "on_request" | "withheld" };

/** What each column of table 二 (for items of its row's genre) counts. */
export const ITEM_COLUMNS: Record<string, ItemCell> = {
  created: { measure: "created" },
  issued: { measure: "created" },
  published: { measure: "published" },
  total_public: { measure: "publishedCumulative", disclosure: "proactive" },
  abolished: { measure: "abolished" },
  in_force: { measure: "inForce" },
};

/** What each headline figure of the summary counts. */
export const SUMMARY_CELLS: Record<Exclude<keyof ReportSummary, "byCategory">, ItemCell> = {
  itemsCreated: { measure: "created" },
  itemsProactive: { measure: "created", disclosure: "proactive" },
  itemsOnRequest: { measure: "created", disclosure: "on_request" },
  itemsWithheld: { measure: "created", disclosure: "withheld" },
  itemsPublished: { measure: "published", disclosure: "proactive" },
  itemsPublishedCumulative: { measure: "publishedCumulative", disclosure: "proactive" },
};

const PRISMA_OPERATORS = { ">=": "gte", ">": "gt", "<=": "lte", "<": "lt" } as const;

/** The condition as a Prisma `where` for the year; W is the where-input type of the condition's table. */
export function conditionWhere<W>(condition: Condition<string>, year: number): W {
  const days = yearBounds(year);
  const where = (c: Condition<string>): object => {
    if ("all" in c) return { AND: c.all.map(where) };
    if ("any" in c) return { OR: c.any.map(where) };
    if ("isNull" in c) return { [c.column]: null };
    if ("in" in c) return { [c.column]: { in: [...c.in] } };
    return { [c.column]: { [PRISMA_OPERATORS[c.op]]: days[c.day] } };
  };
  return where(condition) as W;
}
