import type { ReportFormat } from "./formats";

export type Cells = Record<string, Record<string, number>>;

export type CategoryShare = { category: string; name: string; count: number; percent: number };

export type ReportSummary = {
  itemsCreated: number;
  itemsProactive: number;
  itemsOnRequest: number;
  itemsWithheld: number;
  itemsPublished: number;
  itemsPublishedCumulative: number;
  byCategory: CategoryShare[];
};

export type Check = {
  code: string;
  ok: boolean;
  /** A warning does not block publication; an error does unless the supervisor overrides it with a reason. */
  severity: "error" | "warning";
  detail: string;
  /** The cells involved in a failure, as "section.row.column". */
  cells: string[];
};

/** The report JSON of the interchange contract (section 3). */
export type ReportJson = {
  org: string;
  year: number;
  format: ReportFormat;
  proactive: Cells;
  requests: Cells;
  appeals: Cells;
  summary: ReportSummary;
  checks: Check[];
};
