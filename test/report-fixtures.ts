import fs from "node:fs";
import path from "node:path";
import { proactiveCells } from "@/lib/report/assemble";
import type { Cells, ReportJson } from "@/lib/report/types";
import { XIAOTAO_CONTACT } from "@/prisma/seed-contacts";

// Fixtures shared by the report's unit tests: the columns and rows of table 三 in the 2021 format written out by
// hand (not taken from the code under test), whole 2021-format tables built from the cells a test cares about,
// and the seed township's organisation and expected 2020 report.

export const APPLICANT_ORDER = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org"] as const;

export const OUTCOMES_2021 = [
  "disclosed",
  "partial",
  "withheld.state_secret",
  "withheld.prohibited_by_law",
  "withheld.security_stability",
  "withheld.third_party",
  "withheld.internal_affairs",
  "withheld.process_info",
  "withheld.enforcement_file",
  "withheld.query_matter",
  "unavailable.not_held",
  "unavailable.needs_creation",
  "unavailable.unclear",
  "not_processed.complaint",
  "not_processed.duplicate",
  "not_processed.publication",
  "not_processed.excessive",
  "not_processed.confirmation",
  "other.no_correction",
  "other.unpaid_fee",
  "other.other",
];

/** A table-三 row: the given columns, 0 elsewhere, total = their sum. */
export function requestRow(cells: Partial<Record<(typeof APPLICANT_ORDER)[number], number>> = {}): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(APPLICANT_ORDER.map((c) => [c, cells[c] ?? 0]));
  out.total = APPLICANT_ORDER.reduce((n, c) => n + out[c], 0);
  return out;
}

/** A whole 2021-format table 三 with zero rows except those given. */
export function requestTable(rows: Record<string, Record<string, number>>): Cells {
  return {
    new: rows.new ?? requestRow(),
    carried_in: rows.carried_in ?? requestRow(),
    ...Object.fromEntries(OUTCOMES_2021.map((code) => [code, rows[code] ?? requestRow()])),
    total: rows.total ?? requestRow(),
    carried_out: rows.carried_out ?? requestRow(),
  };
}

/** A 2021-format table 二 with zero rows except those given. */
export function proactiveTable(rows: Cells = {}): Cells {
  return { ...proactiveCells({ format: "2021", items: [], categories: [], requests: [], appeals: [], statistics: new Map() }), ...rows };
}

/** The seed township as its 2020 report's header names it. */
export const SEED_ORGANIZATION = { name: "永安市小陶镇人民政府", ...XIAOTAO_CONTACT };

/** The seed township's 2020 report as published (the shared fixture's expected report, without checks). */
export const SEED_REPORT_2020 = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), "prisma/seed-data/xiaotao-2020.expected.json"), "utf8"),
) as Omit<ReportJson, "checks">;
