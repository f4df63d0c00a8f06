import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { dbProvider } from "@/lib/db";
import { migrateSqlite } from "@/lib/db-migrate";
import { killWhenPaused } from "@/test/crash-harness";

// kill -9 in the middle of publishing an annual report, at every statement of the publishing transaction in turn
// (the report row, the version number, the frozen version, the audit entry): after each crash the database is
// exactly as before — no status change, no version, no audit entry — and publishing again works, first time and
// for a second version. The pause is a test-only wrapper in publish-crash-child.ts around the real publish().
// Like the import's crash test this runs on a SQLite file of its own in both test passes: the harness watches
// SQLite's write lock.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-publish-crash-"));
const file = path.join(dir, "crash.db");
const marker = path.join(dir, "paused");
const env = { ...process.env, DATABASE_URL: `file:${file}` };
// node with tsx's loader (not the tsx launcher, whose child a SIGKILL would miss); react-server resolves
// "server-only" to its no-op, as in the app.
const CHILD = ["--import", "tsx", "--conditions=react-server", "test/publish-crash-child.ts"];
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every row of every table, in storage order: equal dumps mean the crashed attempt left nothing at all. */
function dump(): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
    return JSON.stringify(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}"`).raw().all()]));
  } finally {
    db.close();
  }
}

function health() {
  const db = new Database(file, { readonly: true });
  try {
    return { integrity: db.pragma("integrity_check", { simple: true }), foreignKeyErrors: (db.pragma("foreign_key_check") as unknown[]).length };
  } finally {
    db.close();
  }
}

/** The published state of body t's 2022 report as the app would read it. */
function published() {
  const db = new Database(file, { readonly: true });
  try {
    const report = db.prepare(`SELECT r.id, r.status, r.version FROM "AnnualReport" r JOIN "Organization" o ON o.id = r."orgId" WHERE o.code = 't' AND r.year = 2022`).get() as
      | { id: string; status: string; version: number }
      | undefined;
    const versions = db.prepare(`SELECT id, "versionNo", content FROM "ReportVersion" ORDER BY "versionNo"`).all() as { id: string; versionNo: number; content: string }[];
    const audits = db.prepare(`SELECT "entityId", after FROM "AuditLog" WHERE action = 'report.publish' ORDER BY at`).all() as { entityId: string; after: string }[];
    return { report, versions, audits };
  } finally {
    db.close();
  }
}

/**
 * Publishes, killed after each statement of the publishing transaction in turn, until a run gets through; returns
 * the statements killed after. `formVersion` is the report's optimistic-lock version the form carries.
 */
async function publishThroughCrashes(userId: string, formVersion: number): Promise<number[]> {
  const killedAt: number[] = [];
  for (let step = 1; ; step++) {
    const before = dump();
    fs.rmSync(marker, { force: true });
    const outcome = await killWhenPaused({
      command: process.execPath,
      args: [...CHILD, userId, "2022", String(formVersion)],
      env: { ...env, PUBLISH_PAUSE_AFTER: String(step), PUBLISH_PAUSE_MARKER: marker },
      file,
      paused: () => fs.existsSync(marker),
    });
    if (outcome === 0) return killedAt;
    killedAt.push(step);
    expect(fs.existsSync(`${file}-wal`)).toBe(true); // killed without a clean close: recovery has work to do
    expect(health()).toEqual({ integrity: "ok", foreignKeyErrors: 0 });
    expect(dump(), `killed after statement ${step}`).toBe(before);
  }
}

// SQLite's own locking and journal are under test (the file is this test's own): the PostgreSQL pass skips it.
describe.skipIf(dbProvider === "postgresql")("crash safety of publishing a report", () => {
  it("kill -9 at any point of publishing leaves none of it; publishing again publishes all of it", async () => {
    migrateSqlite(env.DATABASE_URL);
    const userId = execFileSync(process.execPath, [...CHILD, "setup"], { env, encoding: "utf8" }).trim();

    // First publication (the draft was never saved, form version 0): the report row is created with the version.
    expect(await publishThroughCrashes(userId, 0)).toEqual([1, 2, 3, 4, 5]);
    const first = published();
    expect(health()).toEqual({ integrity: "ok", foreignKeyErrors: 0 });
    expect(first.report).toMatchObject({ status: "published", version: 1 });
    expect(first.versions.map((v) => v.versionNo)).toEqual([1]);
    const frozen = JSON.parse(first.versions[0].content) as { versionNo: number; year: number; organization: { name: string } };
    expect(frozen).toMatchObject({ versionNo: 1, year: 2022, organization: { name: "测试镇人民政府" } });
    expect(first.audits.map((a) => [a.entityId, JSON.parse(a.after).versionNo])).toEqual([[first.versions[0].id, 1]]);

    // A second version: the report row is updated (optimistic lock on its version) and version 1 stays as it was.
    expect(await publishThroughCrashes(userId, 1)).toEqual([1, 2, 3, 4, 5]);
    const second = published();
    expect(health()).toEqual({ integrity: "ok", foreignKeyErrors: 0 });
    expect(second.report).toMatchObject({ id: first.report!.id, status: "published", version: 2 });
    expect(second.versions.map((v) => v.versionNo)).toEqual([1, 2]);
    expect(second.versions[0]).toEqual(first.versions[0]);
    expect(second.audits.map((a) => [a.entityId, JSON.parse(a.after).versionNo])).toEqual([
      [first.versions[0].id, 1],
      [second.versions[1].id, 2],
    ]);
  }, 180_000);
});
