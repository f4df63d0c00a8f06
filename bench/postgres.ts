import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import Database from "better-sqlite3";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { migrateDatabase } from "@/lib/db-migrate";

// `npm run bench -- --database postgresql://…`: the bench database generated on SQLite (bench/generate.ts, the same
// seeded rows) copied into PostgreSQL, so both databases are measured on identical data. The target database is
// emptied (its public schema dropped and created again), migrated by the normal migrations (lib/db-migrate.ts), then
// filled table by table with COPY FROM STDIN — with its foreign keys and secondary indexes dropped during the load
// and created again once at the end, as the SQLite generator does — and ANALYZEd.

/** The bench's own note in the PostgreSQL database: which generation it holds, for --reuse. */
const META_TABLE = "_gongkai_bench";

type Column = { name: string; type: string };

/** A value in COPY's text format: \N for NULL, backslash escapes for the characters that delimit rows and columns. */
function copyValue(value: unknown, type: string): string {
  if (value === null || value === undefined) return "\\N";
  if (type === "boolean") return value ? "t" : "f";
  if (type.startsWith("timestamp") && typeof value === "number") return new Date(value).toISOString();
  if (typeof value !== "string") return String(value);
  return value.replace(/[\\\n\r\t]/g, (c) => (c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t"));
}

/** The rows of one SQLite table as COPY text, about 1 MB a chunk. */
function* copyText(sqlite: Database.Database, table: string, columns: Column[]): Generator<string> {
  const select = sqlite.prepare(`SELECT ${columns.map((c) => `"${c.name}"`).join(", ")} FROM "${table}"`).raw(true);
  let chunk = "";
  for (const row of select.iterate() as Iterable<unknown[]>) {
    chunk += row.map((value, i) => copyValue(value, columns[i].type)).join("\t") + "\n";
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

export type PostgresLoad = { seconds: number; steps: Record<string, number>; rows: Record<string, number> };

/** Whether the database at `url` already holds the generation described by `meta` (a previous load with --reuse). */
export async function holdsGeneration(url: string, meta: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ exists }] = (await client.query<{ exists: boolean }>(`SELECT to_regclass('"${META_TABLE}"') IS NOT NULL AS "exists"`)).rows;
    if (!exists) return false;
    const { rows } = await client.query<{ meta: string }>(`SELECT "meta" FROM "${META_TABLE}"`);
    return rows[0]?.meta === meta;
  } finally {
    await client.end();
  }
}

/** Copies the SQLite bench database `file` into the (emptied) PostgreSQL database `url`; `meta` is noted for --reuse. */
export async function loadIntoPostgres(file: string, url: string, meta: string, log: (message: string) => void): Promise<PostgresLoad> {
  const started = performance.now();
  const steps: Record<string, number> = {};
  const step = async (name: string, fn: () => Promise<void>) => {
    const at = performance.now();
    await fn();
    steps[name] = (performance.now() - at) / 1000;
    log(`${name}: ${steps[name].toFixed(1)} s`);
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sqlite = new Database(file, { readonly: true });
  const rows: Record<string, number> = {};
  try {
    await step("empty and migrate", async () => {
      await client.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public`);
      const { warnings } = await migrateDatabase(url);
      for (const warning of warnings) log(warning);
    });
    // Secondary indexes and foreign keys are dropped for the load (primary keys stay) and made again once at the end.
    const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
      `SELECT conrelid::regclass::text AS "table", conname AS "name", pg_get_constraintdef(oid) AS "definition"
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype = 'f'`,
    );
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS "name", indexdef AS "definition" FROM pg_indexes
       WHERE schemaname = 'public' AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u', 'x'))`,
    );
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.name}"`);
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);

    const { rows: columns } = await client.query<{ table: string; name: string; type: string }>(
      `SELECT table_name AS "table", column_name AS "name", data_type AS "type" FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_gongkai_migrations' ORDER BY table_name, ordinal_position`,
    );
    const tables = new Map<string, Column[]>();
    for (const { table, ...column } of columns) tables.set(table, [...(tables.get(table) ?? []), column]);
    await step("copy rows", async () => {
      // Rows a migration seeds (0019's PublicContent version row) are in the SQLite file too: emptied here, copied below.
      await client.query(`TRUNCATE ${[...tables.keys()].map((table) => `"${table}"`).join(", ")}`);
      for (const [table, tableColumns] of tables) {
        const list = tableColumns.map((c) => `"${c.name}"`).join(", ");
        await pipeline(Readable.from(copyText(sqlite, table, tableColumns)), client.query(copyFrom(`COPY "${table}" (${list}) FROM STDIN`)));
        rows[table] = sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
        if (rows[table] > 100_000) log(`${table}: ${rows[table].toLocaleString("en-US")} rows`);
      }
    });
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const index of indexes) await step(`index ${index.name}`, async () => void (await client.query(index.definition)));
    await step("foreign keys", async () => {
      for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT "${fk.name}" ${fk.definition}`);
    });
    await step("analyze", async () => void (await client.query("ANALYZE")));
    await client.query(`CREATE TABLE "${META_TABLE}" ("meta" TEXT NOT NULL)`);
    await client.query(`INSERT INTO "${META_TABLE}" VALUES ($1)`, [meta]);
    return { seconds: (performance.now() - started) / 1000, steps, rows };
  } finally {
    sqlite.close();
    await client.end();
  }
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL of the catalogue's search for the first bench term of each length, as
 * listCatalogue runs it when the matches are many (as for every bench term): the capped count from the pair index's
 * buckets, with the settings it runs under, then the first page in date order checked with LIKE/ILIKE
 * (lib/items/search-sql.ts builds both).
 */
export async function postgresSearchPlans(url: string): Promise<Record<string, string[]>> {
  const { Prisma } = await import("@/lib/generated/prisma/client");
  const { itemSearchSql, PAIR_INDEX_SETTINGS } = await import("@/lib/items/search-sql");
  const { INDEXED_SEARCH_COUNT_LIMIT, VISIBLE } = await import("@/lib/items/queries");
  const { SEARCH_TERMS } = await import("./phrases");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const plans: Record<string, string[]> = {};
    for (const length of [2, 3, 4] as const) {
      const term = SEARCH_TERMS[length][0];
      const search = itemSearchSql(term)!;
      const matches = search.cappedMatches!(Prisma.sql`1`, VISIBLE, INDEXED_SEARCH_COUNT_LIMIT + 1);
      const statements = {
        count: Prisma.sql`SELECT count(*) FROM (${matches}) AS m`,
        page: Prisma.sql`SELECT i."id" FROM "Item" i WHERE ${VISIBLE} AND ${search.scan} ORDER BY i."publishedOn" DESC, i."id" DESC LIMIT 21`,
      };
      for (const [which, statement] of Object.entries(statements)) {
        await client.query("BEGIN");
        await client.query(PAIR_INDEX_SETTINGS.text);
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement.text}`, statement.values);
        await client.query("COMMIT");
        plans[`PostgreSQL search ${term}, ${which}`] = rows.map((row) => row["QUERY PLAN"]);
      }
    }
    return plans;
  } finally {
    await client.end();
  }
}
