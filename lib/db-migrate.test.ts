import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrateDatabase } from "./db-migrate";
import { postgresSchema } from "./db-schema";
import { databaseProvider } from "./db-url";
import { resetDatabase } from "@/test/test-db";

// This test file's own scratch database (vitest.setup.ts), emptied again here.
const url = process.env.DATABASE_URL!;
const provider = databaseProvider(url)!;
const names = fs.readdirSync(path.join("prisma", "migrations", provider)).sort();

describe("migrateDatabase", () => {
  it("applies every migration exactly once when two instances start at the same moment", async () => {
    await resetDatabase(url);
    // On PostgreSQL the advisory lock makes the second wait for the first; without it both would create the
    // tables and one would fail. (On SQLite the runner is synchronous, so the two simply run one after the other.)
    const [first, second] = await Promise.all([migrateDatabase(url), migrateDatabase(url)]);
    expect([...first.applied, ...second.applied]).toEqual(names);
    expect((await migrateDatabase(url)).applied).toEqual([]);
  });

  it("finds nothing to warn about in a database created as docs/DEPLOYMENT.md says", async () => {
    expect((await migrateDatabase(url)).warnings).toEqual([]);
  });
});

/**
 * The SQL with which Prisma would create schema.prisma's tables in an empty database of this provider
 * (`prisma migrate diff --from-empty`), for comparison with what the migrations built.
 */
function schemaSql(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-drift-"));
  try {
    const schema = fs.readFileSync(path.join("prisma", "schema.prisma"), "utf8");
    const file = path.join(dir, "schema.prisma");
    fs.writeFileSync(file, provider === "postgresql" ? postgresSchema(schema) : schema);
    // Prisma's differ runs through the driver adapter of prisma.config.ts, hence a database of the right kind.
    const databaseUrl = provider === "postgresql" ? url : `file:${path.join(dir, "diff.db")}`;
    return execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "diff", "--from-empty", "--to-schema-datamodel", file, "--script"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// What the migrations add by hand, outside Prisma's model (full-text search), and the runner's own bookkeeping.
const NOT_IN_SCHEMA = /ItemSearch|Item_search_(trgm|bigrams)_idx|_gongkai_migrations/;

/** Every column (type, nullability, default), index and constraint of the database, one sorted line each. */
async function catalogue(): Promise<string[]> {
  let lines: string[];
  if (provider === "postgresql") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ line: string }>(`
        SELECT format('column %s.%s %s(%s) null=%s default=%s', table_name, column_name, data_type, datetime_precision,
                      is_nullable, column_default) AS line
          FROM information_schema.columns WHERE table_schema = 'public'
        UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
        UNION ALL SELECT format('constraint %s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
          FROM pg_constraint WHERE connamespace = 'public'::regnamespace`);
      lines = rows.map((r) => r.line);
    } finally {
      await client.end();
    }
  } else {
    const sqlite = new Database(url.replace(/^file:/, ""), { readonly: true });
    try {
      lines = sqlite
        .prepare(
          `SELECT format('column %s.%s %s notnull=%s default=%s pk=%s', m.name, c.name, c.type, c."notnull", c.dflt_value, c.pk)
             FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table'
           UNION ALL SELECT format('index %s.%s unique=%s (%s)', m.name, i.name, i."unique",
                    (SELECT group_concat(name) FROM (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno)))
             FROM sqlite_master m, pragma_index_list(m.name) i WHERE m.type = 'table'
           UNION ALL SELECT format('foreign key %s.%s -> %s.%s on update %s on delete %s', m.name, f."from", f."table", f."to", f.on_update, f.on_delete)
             FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`,
        )
        .pluck()
        .all() as string[];
    } finally {
      sqlite.close();
    }
  }
  return lines.filter((line) => !NOT_IN_SCHEMA.test(line) && !/ sqlite_/.test(line)).sort();
}

async function applySql(sql: string) {
  if (provider === "postgresql") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  } else {
    const sqlite = new Database(url.replace(/^file:/, ""));
    sqlite.exec(sql);
    sqlite.close();
  }
}

describe("the migrations", () => {
  // A migration written by hand or ported from the other database must build exactly what schema.prisma says,
  // or the generated client and the database disagree (a missing index, a column without its default …).
  it("build the same tables, columns, indexes and constraints as schema.prisma (no drift)", async () => {
    await resetDatabase(url);
    await migrateDatabase(url);
    const migrated = await catalogue();
    await resetDatabase(url);
    await applySql(schemaSql());
    const fromSchema = await catalogue();
    await resetDatabase(url);
    await migrateDatabase(url);
    expect(migrated.length).toBeGreaterThan(50);
    expect(migrated).toEqual(fromSchema);
  });
});

describe.skipIf(provider === "postgresql")("0009_item_search_keys on a database with items (SQLite)", () => {
  it("keys every existing item and indexes its pairs before the app starts", async () => {
    await resetDatabase(url);
    const sqlite = new Database(url.replace(/^file:/, ""));
    sqlite.exec(`CREATE TABLE "_gongkai_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)`);
    for (const name of names.filter((n) => n < "0009")) {
      sqlite.exec(fs.readFileSync(path.join("prisma", "migrations", "sqlite", name, "migration.sql"), "utf8"));
      sqlite.prepare(`INSERT INTO "_gongkai_migrations" VALUES (?, '2026-11-01')`).run(name);
    }
    sqlite.exec(`
      INSERT INTO "Organization" ("id", "code", "name", "indexPrefix") VALUES ('o1', 'o1', '小陶镇人民政府', 'T');
      INSERT INTO "Category" ("id", "code", "name", "sortOrder") VALUES ('c1', 'c1', '其他', 1);
      INSERT INTO "Item" ("id", "orgId", "indexNo", "title", "categoryId", "genre", "disclosure", "createdOn", "updatedAt")
      VALUES ('a', 'o1', 'T/1', '农村低保资金发放', 'c1', 'other', 'proactive', '2020-01-01', '2020-01-01'),
             ('b', 'o1', 'T/2', '防汛工作方案', 'c1', 'other', 'proactive', '2020-01-01', '2020-01-01');`);
    sqlite.close();

    expect((await migrateDatabase(url)).applied).toEqual(names.filter((n) => n >= "0009"));
    const migrated = new Database(url.replace(/^file:/, ""));
    try {
      const found = (table: string, match: string) =>
        migrated
          .prepare(`SELECT k."itemId" FROM "${table}" s JOIN "ItemSearchKey" k ON k."key" = s."rowid" WHERE s."${table}" MATCH ?`)
          .pluck()
          .all(match);
      expect(found("ItemSearchPairs", "0fny0frx")).toEqual(["a"]); // 低保
      expect(found("ItemSearch", '"防汛工作"')).toEqual(["b"]);
      expect(migrated.prepare(`SELECT count(*) FROM "ItemSearchKey" WHERE "pairsIndexed" = 0`).pluck().get()).toBe(0);
    } finally {
      migrated.close();
    }
  });
});
