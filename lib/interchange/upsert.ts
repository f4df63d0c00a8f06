import { Prisma } from "@/lib/generated/prisma/client";
import { dbProvider } from "@/lib/db";

// One batch of a section's rows, matched by natural key and written with plain SQL (writer.ts says what each
// section's spec is).

/** What an import did to one section's rows. */
export type Tally = { created: number; updated: number; unchanged: number };

export type Tx = Prisma.TransactionClient;
export type Existing = Record<string, unknown>;

/**
 * How one section is matched and written. Rows are looked up by natural key and new ones inserted a batch at
 * a time with plain SQL: through Prisma's per-row API a million items take tens of minutes (it costs about
 * half a millisecond a row), in batches about a minute. Updates are rare and stay per row, through Prisma.
 */
export type Spec<Row> = {
  table: string;
  keyColumns: string[];
  key: (row: Row) => unknown[];
  /** The columns an import sets and compares; a row whose values all match is left alone. */
  wanted: (row: Row) => Record<string, unknown>;
  /** Every column of a new row, the same columns for every row. */
  create: (row: Row, wanted: Record<string, unknown>) => Record<string, unknown>;
  update: (existing: Existing, wanted: Record<string, unknown>) => Promise<unknown>;
  hasId: boolean;
};

/**
 * A batch of rows as a table `k` with the given columns of `table`, so a whole batch travels as one JSON parameter
 * (no limit on the number of bound values, no per-value cost). PostgreSQL reads the rows as the table's own row
 * type (json_populate_recordset), so every value gets its column's type (integer, timestamp …) as an INSERT or a
 * join needs; SQLite, whose columns take values as they come, reads the same rows with json_each.
 */
function jsonRows(table: string, columns: string[], rows: unknown[][]): Prisma.Sql {
  if (dbProvider === "postgresql") {
    const objects = rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]])));
    return Prisma.sql`json_populate_recordset(NULL::${Prisma.raw(`"${table}"`)}, ${JSON.stringify(objects)}::json) k`;
  }
  const named = columns.map((column, i) => `value ->> ${i} AS "${column}"`).join(", ");
  return Prisma.sql`(SELECT ${Prisma.raw(named)} FROM json_each(${JSON.stringify(rows)})) k`;
}

const quoted = (columns: string[]) => Prisma.raw(columns.map((c) => `"${c}"`).join(", "));

/** Looks a batch up by natural key, inserts the new rows in one statement, updates the changed ones. */
export async function upsert<Row>(tx: Tx, spec: Spec<Row>, rows: Row[], count: Tally) {
  if (rows.length === 0) return;
  const wantedColumns = Object.keys(spec.wanted(rows[0]));
  const selected = [...(spec.hasId ? ["id"] : []), ...spec.keyColumns, ...wantedColumns];
  const keys = rows.map(spec.key);
  const on = spec.keyColumns.map((column) => `t."${column}" = k."${column}"`).join(" AND ");
  const found = await tx.$queryRaw<Existing[]>`
    SELECT ${Prisma.raw(selected.map((c) => `t."${c}"`).join(", "))}
    FROM ${jsonRows(spec.table, spec.keyColumns, keys)} JOIN ${Prisma.raw(`"${spec.table}"`)} t ON ${Prisma.raw(on)}`;
  const existing = new Map(found.map((row) => [JSON.stringify(spec.keyColumns.map((c) => row[c])), row]));
  const created: Record<string, unknown>[] = [];
  for (const [i, row] of rows.entries()) {
    const wanted = spec.wanted(row);
    const match = existing.get(JSON.stringify(keys[i]));
    if (!match) {
      created.push(spec.create(row, wanted));
      count.created++;
    } else if (Object.entries(wanted).some(([key, value]) => match[key] !== value)) {
      await spec.update(match, wanted);
      count.updated++;
    } else {
      count.unchanged++;
    }
  }
  if (created.length === 0) return;
  const columns = Object.keys(created[0]);
  try {
    await tx.$executeRaw`
      INSERT INTO ${Prisma.raw(`"${spec.table}"`)} (${quoted(columns)})
      SELECT ${Prisma.raw(columns.map((c) => `k."${c}"`).join(", "))}
      FROM ${jsonRows(spec.table, columns, created.map((row) => columns.map((c) => row[c])))}`;
  } catch (error) {
    // Named as Prisma names the model ("disclosureRequest.create"), like the errors of the per-row updates.
    const model = spec.table[0].toLowerCase() + spec.table.slice(1);
    throw new Error(`${model}.create（${created.length} 行）写入失败：${(error as Error).message}`, { cause: error });
  }
}

