import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateDatabase } from "./db-migrate";
import { databaseProvider } from "./db-url";

// Databases for tests only: a fresh one per test process (vitest.setup.ts, the cross-database test) and an emptied
// one for the e2e server (scripts/e2e-server.sh). Nothing in the app imports this module.

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

/**
 * A new, fully migrated, empty database. With a postgresql:// base URL it is a new database on that server, named
 * after the base database and created with the base database's encoding and locale (the role needs CREATEDB);
 * otherwise a SQLite file in the temp directory.
 */
export async function createScratchDatabase(baseUrl: string | undefined): Promise<ScratchDatabase> {
  const scratch =
    baseUrl && databaseProvider(baseUrl) === "postgresql" ? await createPostgresDatabase(baseUrl) : createSqliteFile();
  await migrateDatabase(scratch.url);
  return scratch;
}

function createSqliteFile(): ScratchDatabase {
  const file = path.join(os.tmpdir(), `gongkai-test-${process.pid}-${randomBytes(6).toString("hex")}.db`);
  return {
    url: `file:${file}`,
    drop: async () => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    },
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;

async function createPostgresDatabase(baseUrl: string): Promise<ScratchDatabase> {
  const url = new URL(baseUrl);
  const base = decodeURIComponent(url.pathname.slice(1));
  // PostgreSQL truncates names to 63 bytes; the random tail keeps parallel test processes apart.
  const name = `${base.slice(0, 40)}_t${randomBytes(6).toString("hex")}`;
  await withClient(baseUrl, async (client) => {
    const { rows } = await client.query<{ collate: string; ctype: string }>(
      `SELECT datcollate AS "collate", datctype AS "ctype" FROM pg_database WHERE datname = current_database()`,
    );
    await client.query(
      `CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8'
         LC_COLLATE ${quoteLiteral(rows[0].collate)} LC_CTYPE ${quoteLiteral(rows[0].ctype)}`,
    );
  });
  url.pathname = `/${encodeURIComponent(name)}`;
  return {
    url: url.toString(),
    // FORCE (PostgreSQL 13+) ends the test's own pooled connections, which may still be open.
    drop: () => withClient(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * Empties the database at url for a test server: deletes the SQLite file, or drops and recreates the schema
 * "public" (with every table, index and extension in it). Then `db:setup` migrates it from scratch.
 */
export async function resetDatabase(url: string): Promise<void> {
  if (databaseProvider(url) === "postgresql") {
    await withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`));
    return;
  }
  const file = url.replace(/^file:/, "");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}
