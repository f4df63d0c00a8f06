import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type BetterSqlite3 from "better-sqlite3";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dbProvider } from "@/lib/db";
import { openTransactionConnections } from "@/lib/db-adapter";
import { fillItemSearch, ITEM_SEARCH_INSERT_TRIGGER } from "@/lib/items/pair-catch-up";
import { textPairs } from "@/lib/items/search-pairs";

// An import's batches, written on its transaction's own driver connection (docs/PERFORMANCE.md, "How the importer
// reaches a million items"). Every statement of a batch takes the batch as one JSON parameter.

export type Existing = Record<string, unknown>;

/** A table's index as its definition, to build it again after a bulk load. */
type IndexDefinition = { name: string; sql: string };

/** The bulk statements of one import transaction. */
export abstract class BulkSql {
  /** Indexes dropped while an empty table is filled, and whether the items' search index waits for them. */
  private deferred: IndexDefinition[] = [];
  private searchDeferred = false;
  private checked = false;
  /**
   * The item table was empty when this import began writing it: every row in it is from this import's batches,
   * whose keys the validator has found distinct, so a batch's lookup would find nothing and is skipped (the
   * unique index stays and would still refuse a repeat).
   */
  fillingItems = false;

  /** A batch of rows as a table `k` with the given columns of `table`, read from the statement's one parameter. */
  abstract rows(table: string, columns: string[]): string;
  /** The parameter for rows(): the batch's values, in the order of the columns. */
  abstract param(columns: string[], values: unknown[][]): string;
  abstract all(sql: string, param: string): Promise<Existing[]>;
  abstract run(sql: string, param?: string): Promise<void>;
  /** Inserts a batch of new rows, `values` in the order of `columns`. */
  abstract insert(table: string, columns: string[], values: unknown[][]): Promise<void>;
  protected abstract secondaryIndexes(table: string): Promise<IndexDefinition[]>;
  protected abstract isEmpty(table: string): Promise<boolean>;
  /** Drops the search index's insert trigger (SQLite); false when there is none to defer. */
  protected abstract deferSearch(): Promise<boolean>;
  protected abstract restoreSearch(): Promise<void>;
  protected async beforeIndexing(): Promise<void> {}

  /**
   * Filling an empty item table: its secondary indexes (and on SQLite the search index's insert trigger) are
   * dropped inside the transaction and built once, in bulk, by restoreIndexes() — writing a row into eight
   * B-trees, a GIN index or FTS5 costs several times the row itself. DDL is transactional in both databases, so
   * a rollback or a kill -9 leaves the indexes as they were. On PostgreSQL the dropped indexes hold the item table
   * exclusively until the commit (readers wait; the table had nothing to show).
   */
  async deferItemIndexes(): Promise<void> {
    if (this.checked) return;
    this.checked = true;
    if (!(await this.isEmpty("Item"))) return;
    this.fillingItems = true;
    this.searchDeferred = await this.deferSearch();
    // The audit log gets a record per item: in a database without items it holds little to index again.
    this.deferred = [...(await this.secondaryIndexes("Item")), ...(await this.secondaryIndexes("AuditLog"))];
    for (const index of this.deferred) await this.run(`DROP INDEX "${index.name}"`);
  }

  /** Builds what deferItemIndexes dropped; before anything else reads the table in this transaction. */
  async restoreIndexes(): Promise<void> {
    if (this.deferred.length > 0) await this.beforeIndexing();
    for (const index of this.deferred) await this.run(index.sql);
    this.deferred = [];
    if (this.searchDeferred) await this.restoreSearch();
    this.searchDeferred = false;
    this.fillingItems = false;
  }
}

class SqliteBulk extends BulkSql {
  private statements = new Map<string, BetterSqlite3.Statement>();
  /** The search index's insert trigger while it is dropped (deferSearch). */
  private trigger: string | null = null;
  /** Search keys given so far: ItemSearchKey was empty, so the items' keys are 1, 2, … in the order written. */
  private searchKeys = 0;

  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super();
  }

  private statement(sql: string) {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      if (statement.reader) statement.safeIntegers(false);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  rows(_table: string, columns: string[]) {
    // SQLite's columns take values as they come: the rows' arrays are read as they are.
    return `(SELECT ${columns.map((column, i) => `value ->> ${i} AS "${column}"`).join(", ")} FROM json_each(?)) k`;
  }
  param(_columns: string[], values: unknown[][]) {
    return JSON.stringify(values);
  }
  async all(sql: string, param: string) {
    return this.statement(sql).all(param) as Existing[];
  }
  async run(sql: string, param?: string) {
    if (param === undefined) this.sqlite.exec(sql);
    else this.statement(sql).run(param);
  }
  async insert(table: string, columns: string[], values: unknown[][]) {
    await this.run(`INSERT INTO "${table}" (${quoted(columns)}) SELECT ${quoted(columns, "k.")} FROM ${this.rows(table, columns)}`, this.param(columns, values));
    if (table === "Item" && this.trigger !== null) this.insertSearchKeys(columns, values);
  }
  /**
   * While the search trigger is dropped: each new item's search key, and its pairs, from the batch in hand. After
   * the commit the catch-up would have claimed every item again and read its text back (22–30 s a million).
   */
  private insertSearchKeys(columns: string[], values: unknown[][]) {
    const [id, title, docNo, indexNo, body] = ["id", "title", "docNo", "indexNo", "body"].map((column) => columns.indexOf(column));
    const text = (row: unknown[], i: number) => (i < 0 ? null : (row[i] as string | null));
    const keys = JSON.stringify(values.map((row) => [++this.searchKeys, row[id], textPairs([text(row, title), text(row, docNo), text(row, indexNo), text(row, body)])]));
    this.statement(`INSERT INTO "ItemSearchKey" ("key", "itemId", "pairsIndexed") SELECT value ->> 0, value ->> 1, 1 FROM json_each(?)`).run(keys);
    this.statement(`INSERT INTO "ItemSearchPairs" ("rowid", "pairs") SELECT value ->> 0, value ->> 2 FROM json_each(?)`).run(keys);
  }
  protected async secondaryIndexes(table: string) {
    return this.sqlite
      .prepare(`SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'index' AND "tbl_name" = ? AND "sql" IS NOT NULL AND "sql" NOT LIKE 'CREATE UNIQUE%'`)
      .all(table) as IndexDefinition[];
  }
  protected async isEmpty(table: string) {
    return Number(this.sqlite.prepare(`SELECT NOT EXISTS (SELECT 1 FROM "${table}")`).pluck().get()) === 1;
  }
  protected async deferSearch() {
    if (!(await this.isEmpty("ItemSearchKey"))) return false;
    this.trigger = this.sqlite.prepare(`SELECT "sql" FROM sqlite_master WHERE "type" = 'trigger' AND "name" = ?`).pluck().get(ITEM_SEARCH_INSERT_TRIGGER) as string | null;
    if (!this.trigger) return false;
    this.sqlite.exec(`DROP TRIGGER "${ITEM_SEARCH_INSERT_TRIGGER}"`);
    return true;
  }
  protected async restoreSearch() {
    fillItemSearch(this.sqlite);
    this.sqlite.exec(this.trigger!);
    this.trigger = null;
  }
}

class PostgresBulk extends BulkSql {
  constructor(private readonly client: PoolClient) {
    super();
  }

  rows(table: string) {
    // Read as the table's own row type, so every value gets its column's type (integer, timestamp …).
    return `json_populate_recordset(NULL::"${table}", $1::json) k`;
  }
  param(columns: string[], values: unknown[][]) {
    return JSON.stringify(values.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]]))));
  }
  async all(sql: string, param: string) {
    return (await this.client.query(sql, [param])).rows as Existing[];
  }
  async run(sql: string, param?: string) {
    await this.client.query(sql, param === undefined ? undefined : [param]);
  }
  /** COPY: a quarter of the time of an INSERT … SELECT from a JSON parameter. */
  async insert(table: string, columns: string[], values: unknown[][]) {
    const text = values.map((row) => row.map(copyText).join("\t")).join("\n") + "\n";
    await pipeline(Readable.from([text]), this.client.query(copyFrom(`COPY "${table}" (${quoted(columns)}) FROM STDIN`)));
  }
  // A bigger sort memory for this transaction's index builds (the trigram GIN index above all).
  protected async beforeIndexing() {
    await this.run(`SET LOCAL maintenance_work_mem = '256MB'`);
  }
  protected async secondaryIndexes(table: string) {
    const { rows } = await this.client.query(
      `SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
      [table],
    );
    return rows as IndexDefinition[];
  }
  protected async isEmpty(table: string) {
    const { rows } = await this.client.query(`SELECT NOT EXISTS (SELECT 1 FROM "${table}") AS empty`);
    return rows[0].empty === true;
  }
  // No trigger: PostgreSQL's search index is one of the table's indexes.
  protected async deferSearch() {
    return false;
  }
  protected async restoreSearch() {}
}

/** Column names quoted for SQL, optionally qualified ("t."). */
export const quoted = (columns: string[], prefix = "") => columns.map((c) => `${prefix}"${c}"`).join(", ");

/** A value in COPY's text format: \N for null, backslash escapes for the characters that separate values and rows. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  return String(value).replace(/[\\\n\r\t]/g, (c) => (c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t"));
}

/** The bulk statements of the transaction `tx`, on the driver connection it runs on. */
export async function bulkSql(tx: Prisma.TransactionClient): Promise<BulkSql> {
  if (dbProvider === "sqlite") {
    // One connection per process (the adapter's), held by this transaction.
    const [sqlite] = [...openTransactionConnections] as BetterSqlite3.Database[];
    if (!sqlite) throw new Error("bulkSql: no open transaction");
    return new SqliteBulk(sqlite);
  }
  const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  const client = [...openTransactionConnections].find((c) => (c as unknown as { processID: number }).processID === pid);
  if (!client) throw new Error("bulkSql: the transaction's connection is not known");
  return new PostgresBulk(client as PoolClient);
}
