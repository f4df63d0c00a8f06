import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { quoted, type BulkSql, type Existing } from "./bulk";

// One batch of a section's rows, matched by natural key and written with plain SQL on the transaction's own
// connection (bulk.ts; writer.ts says what each section's spec is).

/** What an import did to one section's rows. */
export type Tally = { created: number; updated: number; unchanged: number };

export type Tx = Prisma.TransactionClient;
export type { Existing } from "./bulk";

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
  /**
   * The table has `version` and `importedVersion`: a row whose version moved on since the import last wrote it
   * was changed in the app (a request closed, an item withdrawn …), and the file may not silently undo that.
   */
  versioned: boolean;
  /** The row as a person names it in a conflict or the audit log, e.g. "xiaotao 2021-0001". */
  label: (row: Row) => string;
  /** The audit record's entity id: the row's id, or its key where the table has none. */
  entityId: (row: Record<string, unknown>) => string;
};

/** One audit record of an imported row, written a batch at a time with the rows (writer.ts). */
export type ImportAudit = { action: string; entity: string; entityId: string; orgId: string | null; before: string | null; after: string };

/** What the import collects on the way: rows it may not change, and the audit records of what it wrote. */
export type ImportSink = { overwrite: boolean; conflicts: string[]; audit: ImportAudit[] };

const orgOf = (row: Existing) => (typeof row.orgId === "string" ? row.orgId : null);

/** The fields of `wanted` that differ from the stored row. */
export function changedFields(existing: Existing, wanted: Record<string, unknown>): string[] {
  return Object.keys(wanted).filter((key) => existing[key] !== wanted[key]);
}

/**
 * Whether an update of a stored row may go ahead: a row the app changed since it was imported (or created in
 * the app) is a conflict, listed in the sink and left alone unless the import overwrites.
 */
export function mayUpdate(sink: ImportSink, section: string, label: string, existing: Existing, changed: string[]): boolean {
  if (Number(existing.version) === Number(existing.importedVersion ?? NaN)) return true;
  sink.conflicts.push(`${section} ${label}: 已在系统中修改，文件与之不同的字段：${changed.join(", ")}`);
  return sink.overwrite;
}

/** The named fields of a row as JSON, for an audit record. */
export const fieldsJson = (row: Existing, keys: string[]) => JSON.stringify(Object.fromEntries(keys.map((key) => [key, row[key]])));

/**
 * Looks a batch up by natural key, inserts the new rows in one statement, updates the changed ones (unless the
 * app changed them since: mayUpdate), and queues an audit record for each row written.
 */
export async function upsert<Row>(bulk: BulkSql, spec: Spec<Row>, rows: Row[], count: Tally, sink: ImportSink, section: string) {
  if (rows.length === 0) return;
  const wantedColumns = Object.keys(spec.wanted(rows[0]));
  const selected = [...(spec.hasId ? ["id"] : []), ...spec.keyColumns, ...wantedColumns, ...(spec.versioned ? ["version", "importedVersion"] : [])];
  const keys = rows.map(spec.key);
  const on = spec.keyColumns.map((column) => `t."${column}" = k."${column}"`).join(" AND ");
  const found =
    spec.table === "Item" && bulk.fillingItems
      ? []
      : await bulk.all(`SELECT ${quoted(selected, "t.")} FROM ${bulk.rows(spec.table, spec.keyColumns)} JOIN "${spec.table}" t ON ${on}`, bulk.param(spec.keyColumns, keys));
  const existing = new Map(found.map((row) => [JSON.stringify(spec.keyColumns.map((c) => row[c])), row]));
  const created: Record<string, unknown>[] = [];
  for (const [i, row] of rows.entries()) {
    const wanted = spec.wanted(row);
    const match = existing.get(JSON.stringify(keys[i]));
    const changed = match ? changedFields(match, wanted) : [];
    if (!match) {
      const record = spec.create(row, wanted);
      created.push(record);
      count.created++;
      sink.audit.push({ action: "interchange.create", entity: spec.table, entityId: spec.entityId(record), orgId: orgOf(record), before: null, after: JSON.stringify(wanted) });
    } else if (changed.length === 0) {
      count.unchanged++;
    } else if (!spec.versioned || mayUpdate(sink, section, spec.label(row), match, changed)) {
      await spec.update(match, wanted);
      count.updated++;
      sink.audit.push({ action: "interchange.update", entity: spec.table, entityId: spec.entityId(match), orgId: orgOf(match), before: fieldsJson(match, changed), after: fieldsJson(wanted, changed) });
    }
  }
  if (created.length === 0) return;
  const columns = Object.keys(created[0]);
  try {
    await bulk.insert(spec.table, columns, created.map((row) => columns.map((c) => row[c])));
  } catch (error) {
    // Named as Prisma names the model ("disclosureRequest.create"), like the errors of the per-row updates.
    const model = spec.table[0].toLowerCase() + spec.table.slice(1);
    throw new Error(`${model}.create（${created.length} 行）写入失败：${(error as Error).message}`, { cause: error });
  }
}


/** A batch of the import's audit records in one statement (a million imported rows are a million records). */
export async function insertAudit(bulk: BulkSql, rows: ImportAudit[], at: string) {
  if (rows.length === 0) return;
  const columns = ["id", "at", "actor", "action", "entity", "entityId", "orgId", "before", "after"];
  const values = rows.map((r) => [newId(), at, "import", r.action, r.entity, r.entityId, r.orgId, r.before, r.after]);
  await bulk.insert("AuditLog", columns, values);
}
