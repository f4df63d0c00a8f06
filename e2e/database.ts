import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider } from "../lib/db-url";

/**
 * The database the e2e servers empty, seed and serve (playwright.config.ts passes it to them as DATABASE_URL): a
 * scratch SQLite file unless the PostgreSQL pass of scripts/test.sh names a PostgreSQL database.
 */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

/**
 * The first column of the first row of a read-only query on the e2e database (undefined when there is no row),
 * whichever database it is. The SQL must run on both: quote identifiers ("orgId"); counts come back as numbers
 * from SQLite and as strings from PostgreSQL.
 */
export async function queryValue(sql: string): Promise<unknown> {
  if (databaseProvider(E2E_DATABASE_URL) === "postgresql") {
    const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query({ text: sql, rowMode: "array" });
      return rows[0]?.[0];
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(E2E_DATABASE_URL.replace(/^file:/, ""), { readonly: true });
  try {
    return sqlite.prepare(sql).pluck().get();
  } finally {
    sqlite.close();
  }
}
