import Database from "better-sqlite3";
import pg from "pg";
import { assembleReport } from "@/lib/report/build";
import { reportInputsSql, toYearInputs, type ReportInputsRow } from "@/lib/report/queries";
import type { ReportJson } from "@/lib/report/types";

// The yardstick for one organisation-year report: the report's one hand-written statement (every aggregate of
// this year and last year, a GROUP BY per table joined with UNION ALL) run straight on better-sqlite3, then
// the same pure assembly into report cells. buildReport — the same statement through the Prisma client, plus
// the lookups of the organisation and of last year's published report — is reported as a ratio of it, and
// the two reports must be equal. With --database the statement runs straight on `pg` instead.

export type Org = { id: string; code: string; items: number };

/** Where the yardstick runs: the organisations by number of items, and one report computed by the one statement. */
export type ReportYardstick = {
  orgs(): Promise<Org[]>;
  report(org: Org, year: number): Promise<ReportJson>;
  close(): Promise<void>;
};

const ORGS_BY_ITEMS = `SELECT o."id", o."code", COUNT(i."id") AS "items" FROM "Organization" o LEFT JOIN "Item" i ON i."orgId" = o."id"
  GROUP BY o."id" ORDER BY "items" DESC, o."code"`;

export function sqliteYardstick(file: string): ReportYardstick {
  const sqlite = new Database(file, { readonly: true });
  return {
    orgs: async () => sqlite.prepare(ORGS_BY_ITEMS).all() as Org[],
    report: async (org, year) => referenceReport(sqlite, org, year),
    close: async () => void sqlite.close(),
  };
}

export async function postgresYardstick(url: string): Promise<ReportYardstick> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    orgs: async () =>
      (await client.query<Org>(ORGS_BY_ITEMS)).rows.map((org) => ({ ...org, items: Number(org.items) })),
    async report(org, year) {
      const years = [year, year - 1];
      const statement = reportInputsSql(org.id, years);
      const { rows } = await client.query<ReportInputsRow>(statement.text, statement.values);
      return assembleReport(org.code, year, toYearInputs(rows, years), null).report;
    },
    close: () => client.end(),
  };
}

export function referenceReport(sqlite: Database.Database, org: { id: string; code: string }, year: number): ReportJson {
  const years = [year, year - 1];
  const statement = reportInputsSql(org.id, years);
  const rows = sqlite.prepare(statement.sql).all(...statement.values) as ReportInputsRow[];
  return assembleReport(org.code, year, toYearInputs(rows, years), null).report;
}

/** The statement with its parameters, for EXPLAIN QUERY PLAN. */
export function referenceReportStatement(orgId: string, year: number): { sql: string; values: unknown[] } {
  const statement = reportInputsSql(orgId, [year, year - 1]);
  return { sql: statement.sql, values: statement.values };
}
