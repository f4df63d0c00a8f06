import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { dbProvider } from "@/lib/db";
import { migrateSqlite } from "@/lib/db-migrate";
import Database from "better-sqlite3";

// Several app instances share one database: each process here is a separate "instance" with its own Prisma
// client, all recording failures for one account at the same moment. Together they must count every failure
// and impose exactly one lock — which in-process counters could not do.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-lockout-"));
const file = path.join(dir, "lockout.db");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const INSTANCE = `
import { lockKeys, recordFailure } from "@/lib/auth/lockout";
async function main() {
  const at = new Date("2026-03-02T01:00:00Z");
  const keys = lockKeys("clerk", "203.0.113.77");
  let locks = 0;
  for (let i = 0; i < 3; i++) locks += (await recordFailure(keys, { username: "clerk", ip: "203.0.113.77" }, at)).length;
  console.log(locks);
}
main().then(() => process.exit(0));
`;

// SQLite's own locking and journal are under test (the file is this test's own): the PostgreSQL pass skips it.
it.skipIf(dbProvider === "postgresql")("four instances, three failures each at once: twelve counted, one lock per key", async () => {
  migrateSqlite(`file:${file}`);
  // Inside the project, so tsx resolves the "@/" paths of tsconfig.json; "react-server" lets "server-only" load.
  const script = path.join(process.cwd(), "lib/auth", `.lockout-instance-${process.pid}.ts`);
  fs.writeFileSync(script, INSTANCE);
  try {
    const run = () => promisify(execFile)(process.execPath, ["--conditions=react-server", "--import", "tsx", script], { env: { ...process.env, DATABASE_URL: `file:${file}` } });
    const outputs = await Promise.all([run(), run(), run(), run()]);
    const locks = outputs.reduce((sum, { stdout }) => sum + Number(stdout.trim()), 0);
    expect(locks).toBe(2); // the account and the address, each locked once
  } finally {
    fs.rmSync(script, { force: true });
  }
  const db = new Database(file, { readonly: true });
  const rows = db.prepare(`SELECT key, count, lockedUntil IS NOT NULL AS locked FROM "RateLimit" ORDER BY key`).all();
  const audits = db.prepare(`SELECT count(*) FROM "AuditLog" WHERE action = 'auth.lockout'`).pluck().get();
  db.close();
  expect(rows).toEqual([
    { key: "login:account:clerk", count: 12, locked: 1 },
    { key: "login:ip:203.0.113.77", count: 12, locked: 1 },
  ]);
  expect(audits).toBe(2);
});
