import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations", "sqlite");

/**
 * Applies prisma/migrations/sqlite/<name>/migration.sql in name order, each once, each in its own
 * transaction, and records it in _gongkai_migrations. We run the SQL ourselves rather than through
 * `prisma migrate deploy` so the same small runner serves every database (see docs/ARCHITECTURE.md).
 */
export function migrateSqlite(url: string): string[] {
  const file = url.replace(/^file:/, "");
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(
      `CREATE TABLE IF NOT EXISTS "_gongkai_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)`,
    );
    const applied = new Set(
      sqlite.prepare(`SELECT name FROM "_gongkai_migrations"`).pluck().all() as string[],
    );
    const pending = fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((name) => fs.existsSync(path.join(MIGRATIONS_DIR, name, "migration.sql")))
      .sort()
      .filter((name) => !applied.has(name));
    for (const name of pending) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
      sqlite.transaction(() => {
        sqlite.exec(sql);
        sqlite
          .prepare(`INSERT INTO "_gongkai_migrations" (name, appliedAt) VALUES (?, ?)`)
          .run(name, new Date().toISOString());
      })();
    }
    return pending;
  } finally {
    sqlite.close();
  }
}
