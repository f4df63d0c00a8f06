import Database from "better-sqlite3";
import { Pool } from "pg";
import { databaseProvider } from "@/lib/db-url";

const SQL = `SELECT "version" FROM "PublicContent" WHERE "id" = 1`;

export type VersionReader = { read(): Promise<number>; close(): Promise<void> };

/**
 * Reads the public-content version (lib/public-cache/version.ts) for the cache in front of Next, on a connection of
 * its own: one indexed single-row read per request. SQLite: a prepared statement on a read-only better-sqlite3
 * handle (a few microseconds; Prisma's per-query overhead would be most of a cache hit). PostgreSQL: a named
 * prepared statement on a pool of two connections.
 */
export function openVersionReader(url: string): VersionReader {
  if (databaseProvider(url) === "postgresql") {
    const pool = new Pool({ connectionString: url, max: 2 });
    return {
      async read() {
        const result = await pool.query<{ version: number }>({ name: "gongkai-public-version", text: SQL });
        return result.rows[0]?.version ?? 0;
      },
      close: () => pool.end(),
    };
  }
  // Opened at the first read, so a server may start before its database is migrated (the read fails until then).
  let sqlite: Database.Database | null = null;
  let statement: Database.Statement | null = null;
  return {
    async read() {
      sqlite ??= new Database(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
      statement ??= sqlite.prepare(SQL).pluck();
      return (statement.get() as number | undefined) ?? 0;
    },
    async close() {
      sqlite?.close();
    },
  };
}
