import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrateDatabase } from "./db-migrate";
import { databaseProvider } from "./db-url";
import { resetDatabase } from "./test-db";

// This test file's own scratch database (vitest.setup.ts), emptied again here.
const url = process.env.DATABASE_URL!;
const provider = databaseProvider(url)!;
const names = fs.readdirSync(path.join("prisma", "migrations", provider)).sort();

describe("migrateDatabase", () => {
  it("applies every migration exactly once when two instances start at the same moment", async () => {
    await resetDatabase(url);
    // On PostgreSQL the advisory lock makes the second wait for the first; without it both would create the
    // tables and one would fail. (On SQLite the runner is synchronous, so the two simply run one after the other.)
    const [first, second] = await Promise.all([migrateDatabase(url), migrateDatabase(url)]);
    expect([...first.applied, ...second.applied]).toEqual(names);
    expect((await migrateDatabase(url)).applied).toEqual([]);
  });

  it("finds nothing to warn about in a database created as docs/DEPLOYMENT.md says", async () => {
    expect((await migrateDatabase(url)).warnings).toEqual([]);
  });
});
