import Database from "better-sqlite3";
import { catalogueSql, cursorAtDepth, type CatalogueFilter } from "./catalogue";
import { referenceReportStatement } from "./report";

/** EXPLAIN QUERY PLAN of the catalogue list queries and the one-statement report, as SQLite chose on this database. */
export function queryPlans(file: string, year: number): Record<string, string[]> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const plan = (sql: string, params: unknown[] | Record<string, unknown>) =>
      (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
    const category = sqlite.prepare(`SELECT "code" FROM "Category" ORDER BY "sortOrder" LIMIT 1 OFFSET 4`).pluck().get() as string;
    const orgId = sqlite.prepare(`SELECT "id" FROM "Organization" LIMIT 1`).pluck().get() as string;
    const filters: Record<string, CatalogueFilter> = {
      "catalogue first page": {},
      "catalogue deep page": { after: cursorAtDepth(sqlite, 1000) },
      "catalogue category + year": { category, year },
      "catalogue category + year, next page": { category, year, after: { publishedOn: `${year}-06-30`, id: "~" } },
    };
    const plans: Record<string, string[]> = {};
    for (const [name, filter] of Object.entries(filters)) {
      const { sql, params } = catalogueSql(filter, 20);
      plans[name] = plan(sql, params);
    }
    const report = referenceReportStatement(orgId, year);
    plans["report (one statement, both years)"] = plan(report.sql, report.values);
    return plans;
  } finally {
    sqlite.close();
  }
}
