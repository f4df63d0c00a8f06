import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateDatabase } from "@/lib/db-migrate";
import { databaseProvider } from "@/lib/db-url";

// Databases for tests only: a fresh one per test file (vitest.setup.ts, the cross-database test) and an emptied
// one for the e2e server (scripts/e2e-server.sh). Nothing in the app imports this module.
// Scratch databases carry the id of the test run (GONGKAI_TEST_RUN, set by vitest.global-setup.ts), which removes
// them all when the run ends — vitest runs no afterAll hooks in a file whose tests are all skipped.
const run = () => process.env.GONGKAI_TEST_RUN ?? "adhoc";
const SQLITE_PREFIX = "gongkai-test-";

/**
 * A new, fully migrated, empty database; returns its URL. With a postgresql:// base URL it is a new database on that
 * server, named after the base database and created with its encoding and locale (the role needs CREATEDB);
 * otherwise a SQLite file in the temp directory. It is a copy of the run's template when there is one for this base
 * URL (GONGKAI_TEST_TEMPLATE, vitest.global-setup.ts) — on PostgreSQL ~0.17 s against ~0.4 s to migrate — and
 * migrated here when there is none (another base URL, or no vitest run).
 */
export async function createScratchDatabase(baseUrl: string | undefined): Promise<string> {
  const name = `${run()}${randomBytes(6).toString("hex")}`;
  const template = process.env.GONGKAI_TEST_TEMPLATE === templateUrl(baseUrl) ? templateUrl(baseUrl) : undefined;
  if (isPostgres(baseUrl)) {
    const url = await createPostgresDatabase(baseUrl, name, template);
    if (!template) await migrateDatabase(url);
    return url;
  }
  const url = sqliteUrl(name);
  if (template) fs.copyFileSync(sqliteFile(template), sqliteFile(url));
  else await migrateDatabase(url);
  return url;
}

/**
 * Once per `vitest run` (vitest.global-setup.ts): the migrated database of the base URL's kind that the run's
 * scratch databases are copied from, removed with them at the end. Nothing stays connected to it: PostgreSQL copies
 * only a database nobody is connected to, and closing a SQLite file checkpoints its WAL into it, so that the file
 * alone is the whole database.
 */
export async function createTemplateDatabase(baseUrl: string | undefined): Promise<string> {
  if (isPostgres(baseUrl)) await createPostgresDatabase(baseUrl, TEMPLATE_NAME());
  const url = templateUrl(baseUrl);
  await migrateDatabase(url); // closes its connection before returning
  return url;
}

// Not hex, so it is no scratch database's name; it starts with the run id, so removeScratchDatabases removes it.
const TEMPLATE_NAME = () => `${run()}template`;
const templateUrl = (baseUrl: string | undefined) =>
  isPostgres(baseUrl) ? postgresUrl(baseUrl, TEMPLATE_NAME()) : sqliteUrl(TEMPLATE_NAME());
const isPostgres = (url: string | undefined): url is string => !!url && databaseProvider(url) === "postgresql";
const sqliteUrl = (name: string) => `file:${path.join(os.tmpdir(), `${SQLITE_PREFIX}${name}.db`)}`;
const sqliteFile = (url: string) => url.replace(/^file:/, "");

/** Removes every scratch database of this test run: its SQLite files, and its databases on the given base servers. */
export async function removeScratchDatabases(baseUrls: (string | undefined)[]): Promise<void> {
  for (const file of fs.readdirSync(os.tmpdir())) {
    if (file.startsWith(`${SQLITE_PREFIX}${run()}`)) fs.rmSync(path.join(os.tmpdir(), file), { force: true });
  }
  const servers = new Set(baseUrls.filter((url): url is string => !!url && databaseProvider(url) === "postgresql"));
  for (const baseUrl of servers) {
    await withClient(baseUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
        [scratchPrefix(baseUrl) + run()],
      );
      // FORCE (PostgreSQL 13+) ends connections a crashed test process may have left behind.
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(datname)} WITH (FORCE)`);
    });
  }
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
// PostgreSQL truncates names to 63 bytes; 40 of the base name leave room for the run id and the random tail.
const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
const scratchPrefix = (baseUrl: string) => `${databaseName(baseUrl).slice(0, 40)}_t`;

/** The URL of the database scratchPrefix + name on the base URL's server. */
function postgresUrl(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${encodeURIComponent(scratchPrefix(baseUrl) + name)}`;
  return url.toString();
}

/** A copy of the template, whose encoding and locale it has; without one, an empty database with the base database's. */
async function createPostgresDatabase(baseUrl: string, name: string, template?: string): Promise<string> {
  const url = postgresUrl(baseUrl, name);
  const database = quoteIdentifier(databaseName(url));
  await withClient(baseUrl, async (client) => {
    if (template) return client.query(`CREATE DATABASE ${database} TEMPLATE ${quoteIdentifier(databaseName(template))}`);
    const { rows } = await client.query<{ collate: string; ctype: string }>(
      `SELECT datcollate AS "collate", datctype AS "ctype" FROM pg_database WHERE datname = current_database()`,
    );
    await client.query(
      `CREATE DATABASE ${database} TEMPLATE template0 ENCODING 'UTF8'
         LC_COLLATE ${quoteLiteral(rows[0].collate)} LC_CTYPE ${quoteLiteral(rows[0].ctype)}`,
    );
  });
  return url;
}

/**
 * Empties the database at url for a test server: deletes the SQLite file, or drops and recreates the schema
 * "public" (with every table, index and extension in it). Then `db:setup` migrates it from scratch.
 */
export async function resetDatabase(url: string): Promise<void> {
  if (databaseProvider(url) === "postgresql") {
    await withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`));
  } else {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(sqliteFile(url) + suffix, { force: true });
  }
}
