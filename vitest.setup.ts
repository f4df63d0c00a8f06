import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { migrateSqlite } from "./lib/db-migrate";

// Runs in each test file's own process before the file is imported, so lib/env.ts (read when lib/db is first
// imported) sees this database: a fresh, fully migrated SQLite file per test file.
const file = path.join(os.tmpdir(), `gongkai-test-${process.pid}-${randomUUID()}.db`);
const url = `file:${file}`;
process.env.DATABASE_URL = url;
migrateSqlite(url);

afterAll(() => {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
});
