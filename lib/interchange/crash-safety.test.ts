import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { dbProvider } from "@/lib/db";
import { migrateSqlite } from "@/lib/db-migrate";
import { killDuringWrite } from "@/test/crash-harness";

// kill -9 of `npm run import` in the middle of a large import: after the restart the database is intact
// and holds all of the file or none of it — the import is one transaction, and SQLite's WAL discards a
// transaction that never committed.

const ITEMS = 50_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-crash-"));
const file = path.join(dir, "crash.db");
const bigFile = path.join(dir, "big.json");
const env = { ...process.env, DATABASE_URL: `file:${file}` };
// node with tsx's loader, not the tsx launcher: the launcher runs the script in a child process, which a
// SIGKILL to the launcher would leave running.
const node = (...args: string[]) => ({ command: process.execPath, args: ["--import", "tsx", ...args] });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function bigInterchangeFile() {
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    org: "big",
    indexNo: `BIG/2024-${String(i + 1).padStart(6, "0")}`,
    title: `大批量导入测试信息 ${i + 1}`,
    category: "plans",
    genre: "other",
    disclosure: "proactive",
    createdOn: "2024-03-01",
    publishedOn: "2024-03-05",
    channels: ["website"],
  }));
  const organizations = [{ code: "big", name: "大批量测试机关", indexPrefix: "BIG" }];
  return { version: 1, organizations, categories: [{ code: "plans", name: "规划计划" }], items, requests: [], appeals: [], statistics: [] };
}

/** What a restarted app finds: integrity, foreign keys, and how much of the import is there. */
function inspect() {
  const db = new Database(file);
  try {
    return {
      integrity: db.pragma("integrity_check", { simple: true }),
      foreignKeyErrors: (db.pragma("foreign_key_check") as unknown[]).length,
      organizations: db.prepare(`SELECT count(*) FROM "Organization" WHERE code = 'big'`).pluck().get(),
      items: db.prepare(`SELECT count(*) FROM "Item"`).pluck().get(),
      sequences: db.prepare(`SELECT count(*) FROM "IndexSequence"`).pluck().get(),
      // An import into an empty item table drops these inside its transaction (bulk.ts): all must be back.
      schema: db.prepare(`SELECT group_concat("name") FROM (SELECT "name" FROM sqlite_master WHERE "tbl_name" IN ('Item', 'AuditLog') ORDER BY "name")`).pluck().get(),
    };
  } finally {
    db.close();
  }
}

// SQLite's own locking and journal are under test (the file is this test's own): the PostgreSQL pass skips it.
describe.skipIf(dbProvider === "postgresql")("crash safety of the import", () => {
  it("kill -9 mid-import leaves none of it; the rerun imports all of it", async () => {
    migrateSqlite(env.DATABASE_URL);
    const { schema } = inspect();
    fs.writeFileSync(bigFile, JSON.stringify(bigInterchangeFile()));

    await killDuringWrite({ ...node("scripts/import.ts", bigFile), env, file, writingMs: 300 });
    expect(fs.existsSync(`${file}-wal`)).toBe(true); // killed without a clean close: recovery has work to do
    expect(inspect()).toEqual({ integrity: "ok", foreignKeyErrors: 0, organizations: 0, items: 0, sequences: 0, schema });

    const rerun = node("scripts/import.ts", bigFile);
    execFileSync(rerun.command, rerun.args, { env, stdio: "pipe" });
    expect(inspect()).toEqual({ integrity: "ok", foreignKeyErrors: 0, organizations: 1, items: ITEMS, sequences: 0, schema });
  });
});
