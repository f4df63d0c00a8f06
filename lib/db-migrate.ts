import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider, type DatabaseProvider } from "./db-url";
import { indexAllPendingPairs } from "./items/pair-catch-up";

/**
 * Our own migration runner (docs/ARCHITECTURE.md, "Migrations"): applies
 * prisma/migrations/<provider>/<name>/migration.sql in name order, each once, each in its own transaction, and
 * records it in _gongkai_migrations. We run the SQL ourselves rather than through `prisma migrate deploy`, which
 * needs a query engine binary or, with the PostgreSQL driver adapter, fails (see docs/DEPLOYMENT.md).
 */
export async function migrateDatabase(url: string): Promise<Migrated> {
  return databaseProvider(url) === "postgresql" ? migratePostgres(url) : { applied: migrateSqlite(url), warnings: [] };
}

/** The migrations applied now, and problems with the database's settings that an operator should fix. */
export type Migrated = { applied: string[]; warnings: string[] };

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_gongkai_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)`;

function migrations(provider: DatabaseProvider): { name: string; sql: string }[] {
  const dir = path.join(process.cwd(), "prisma", "migrations", provider);
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

/** SQLite only; the SQLite-specific tools (backup, benchmark) call it directly. */
export function migrateSqlite(url: string): string[] {
  const file = url.replace(/^file:/, "");
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(MIGRATIONS_TABLE);
    const applied = new Set(sqlite.prepare(`SELECT name FROM "_gongkai_migrations"`).pluck().all() as string[]);
    const pending = migrations("sqlite").filter((m) => !applied.has(m.name));
    for (const { name, sql } of pending) {
      sqlite.transaction(() => {
        sqlite.exec(sql);
        sqlite
          .prepare(`INSERT INTO "_gongkai_migrations" (name, appliedAt) VALUES (?, ?)`)
          .run(name, new Date().toISOString());
      })();
    }
    // The pair index is filled in JavaScript: this is how 0009 indexes existing items (and a crash mid-way resumes).
    indexAllPendingPairs(sqlite);
    return pending.map((m) => m.name);
  } finally {
    sqlite.close();
  }
}

// Any fixed 64-bit number, the same in every instance: pg_advisory_lock(MIGRATION_LOCK) is how instances that
// start together agree that exactly one of them migrates while the others wait.
const MIGRATION_LOCK = 4_242_700_608;

async function migratePostgres(url: string): Promise<Migrated> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A session lock, held across the per-migration transactions; released when the session ends at the latest.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ name: string }>(`SELECT "name" FROM "_gongkai_migrations"`);
    const applied = new Set(rows.map((r) => r.name));
    const pending = migrations("postgresql").filter((m) => !applied.has(m.name));
    for (const { name, sql } of pending) {
      // PostgreSQL runs DDL inside transactions, so a migration that fails leaves no trace and can be rerun.
      await client.query("BEGIN");
      try {
        await client.query(sql); // no parameters: the simple protocol, which accepts many statements
        await client.query(`INSERT INTO "_gongkai_migrations" ("name", "appliedAt") VALUES ($1, $2)`, [
          name,
          new Date().toISOString(),
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`迁移 ${name} 失败，已回滚：${(error as Error).message}`, { cause: error });
      }
    }
    return { applied: pending.map((m) => m.name), warnings: await postgresWarnings(client) };
  } finally {
    await client.end(); // ends the session, which releases the advisory lock
  }
}

/**
 * Settings chosen when the database was created that make PostgreSQL behave differently from SQLite: text order
 * (LC_COLLATE other than C sorts e.g. by pinyin or ignores case). The search index (character pairs, migration
 * 0020_item_search_bigrams) works under any LC_CTYPE, unlike the pg_trgm index it replaced.
 */
async function postgresWarnings(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ collate: string }>(
    `SELECT datcollate AS "collate" FROM pg_database WHERE datname = current_database()`,
  );
  const { collate } = rows[0];
  const warnings: string[] = [];
  if (!/^(C|POSIX)(\.utf-?8)?$/i.test(collate)) {
    warnings.push(`数据库排序规则 LC_COLLATE=${collate}：文本排序与 SQLite 不同，建议以 LC_COLLATE 'C' 建库（见 docs/DEPLOYMENT.md）。`);
  }
  return warnings;
}
