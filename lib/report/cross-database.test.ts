import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "@/test/test-db";
import type { ReportJson } from "./types";

// The annual report is computed by raw SQL (lib/report/queries.ts), the one place where SQLite and PostgreSQL could
// disagree. The same data goes into a fresh database of each kind through the real command-line entry points, and
// every report must come out identical. Each database is used by its own child processes, exactly as in production.
const PG_URL = process.env.TEST_DATABASE_URL_PG;
const SKIPPED = "skipped: set TEST_DATABASE_URL_PG=postgresql://… (npm test does, in its PostgreSQL pass)";
if (!PG_URL) console.info(`cross-database report comparison ${SKIPPED}`);

const run = promisify(execFile);

/** Runs an npm script against one database and returns what it printed. */
async function npm(databaseUrl: string, ...args: string[]): Promise<string> {
  const { stdout } = await run("npm", ["run", "--silent", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

async function tsx(databaseUrl: string, script: string): Promise<string> {
  const { stdout } = await run("npx", ["tsx", script], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

describe.skipIf(!PG_URL)(`the same reports from SQLite and PostgreSQL${PG_URL ? "" : ` (${SKIPPED})`}`, () => {
  // Fresh databases of each kind, removed with the run's other scratch databases (vitest.global-setup.ts).
  let sqlite: string;
  let postgres: string;
  const both = <T>(work: (databaseUrl: string) => Promise<T>) => Promise.all([work(sqlite), work(postgres)]);

  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([createScratchDatabase(undefined), createScratchDatabase(PG_URL)]);
  });

  it("npm run import and npm run report print the same for the seed township's 2020 records", async () => {
    const [importedSqlite, importedPostgres] = await both((d) => npm(d, "import", "--", "prisma/seed-data/xiaotao-2020.json"));
    // Into an empty database SQLite writes the two-character search pairs with the items: no catch-up after the
    // commit (its line, 两字词检索索引, would follow), so both print the same.
    expect(importedSqlite).not.toContain("两字词检索索引");
    expect(importedPostgres).toBe(importedSqlite);
    expect(importedSqlite).toContain("政府信息 items: 新增 378 created");
    // A second import finds every row by its natural key (the importer's batched lookup) and changes nothing.
    const [againSqlite, againPostgres] = await both((d) => npm(d, "import", "--", "prisma/seed-data/xiaotao-2020.json"));
    expect(againPostgres).toBe(againSqlite);
    expect(againSqlite).toContain("政府信息 items: 新增 0 created, 更新 0 updated, 未变 378 unchanged");

    const [reportSqlite, reportPostgres] = await both((d) =>
      npm(d, "report", "--", "--org", "xiaotao", "--year", "2020", "--format", "json"),
    );
    expect(reportPostgres).toBe(reportSqlite);
    const report = JSON.parse(reportSqlite) as ReportJson;
    expect(report).toMatchObject({ org: "xiaotao", year: 2020, format: "2019" });
    expect(report.summary.itemsCreated).toBeGreaterThan(0);
  }, 180_000);

  it("buildReport gives identical JSON for every organisation and year of the demo data", async () => {
    await both((d) => tsx(d, "prisma/seed.ts"));
    const [fromSqlite, fromPostgres] = await both((d) => tsx(d, "lib/report/cross-database-reports.ts"));
    const reports = JSON.parse(fromSqlite) as (ReportJson | null)[];
    expect(reports).toHaveLength(16);
    expect(reports.every((r) => r !== null && r.requests.total.total >= 0)).toBe(true);
    expect(JSON.parse(fromPostgres)).toEqual(reports);
    expect(fromPostgres).toBe(fromSqlite); // key order and number formatting too
  }, 180_000);
});
