import { Prisma } from "@/lib/generated/prisma/client";
import { db, dbProvider } from "@/lib/db";
import { newId } from "@/lib/ids";
import { nextIndexNo } from "@/lib/items/index-number";
import { catchUpPairs } from "@/lib/items/pair-catch-up";
import { env } from "@/lib/env";
import { findCycle } from "@/lib/organizations/tree";
import { readInterchangeFile } from "./read";
import { SECTIONS, sectionSchemas, type InterchangeFile, type InterchangeItem, type Section, type SectionRow } from "./schema";
import { InterchangeValidator, type KnownCodes } from "./validate";

export { validateInterchange, type KnownCodes, type ValidationResult } from "./validate";

export type Tally = { created: number; updated: number; unchanged: number };
export type ImportSummary = Record<Section, Tally>;

export async function loadKnownCodes(): Promise<KnownCodes> {
  const [organizations, categories] = await Promise.all([
    db.organization.findMany({ select: { code: true } }),
    db.category.findMany({ select: { code: true } }),
  ]);
  return {
    organizations: new Set(organizations.map((o) => o.code)),
    categories: new Set(categories.map((c) => c.code)),
  };
}

class DryRunRollback extends Error {}

/** The file has errors: the transaction is rolled back and they are reported. */
class InvalidFile extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join("\n"));
  }
}

/**
 * Writing stopped part-way although the file is valid: an element came before the organisation or category it
 * refers to (or a suspected duplicate key proved a hash collision). Rolled back and written again, in order.
 */
class IncompleteWrite extends Error {}

/**
 * Writes a validated file held in memory (the seed, tests) in one transaction: creates what is new, updates
 * what differs, leaves the rest. With dryRun the same work is done and then rolled back, so the counts are
 * exactly what a real run does.
 */
export async function importInterchange(file: InterchangeFile, options: { dryRun: boolean }): Promise<ImportSummary> {
  const summary = await inTransaction(options.dryRun, async (writer) => {
    for (const section of SECTIONS) for (const row of file[section]) await writer.add(section, row);
    await writer.flush();
    // Items without 索引号 last, so a generated number never takes one that a later item states.
    for (const item of file.items) if (!item.indexNo) await writer.itemWithoutIndexNo(item);
  });
  catchUpPairs(env.DATABASE_URL);
  return summary;
}

export type FileImportResult = { ok: true; summary: ImportSummary } | { ok: false; errors: string[] };

/**
 * Imports an interchange file from disk without ever holding it whole, in one transaction. One streamed pass
 * validates every element and, while the file is valid so far, writes it in batches; any error anywhere rolls
 * everything back and is reported (so nothing is written, as if it had been checked first). Items without
 * 索引号 get their generated numbers in a second pass, after every stated number is in. A file that lists
 * items before their organisations is written again in order: organisations and categories first. The items'
 * two-character search pairs are left to the caller, after the commit (catchUpPairs; `npm run import` does it).
 * A file that is not valid JSON throws a SyntaxError.
 */
export async function importInterchangeFile(path: string, options: { dryRun: boolean }): Promise<FileImportResult> {
  const validator = new InterchangeValidator(await loadKnownCodes());

  async function* rows(sections: readonly Section[]) {
    for await (const entry of readInterchangeFile(path)) {
      if (entry.kind !== "element" || !sections.includes(entry.key as Section)) continue;
      const section = entry.key as Section;
      yield { section, index: entry.index, row: sectionSchemas[section].parse(entry.value) as SectionRow<Section> };
    }
  }
  async function itemsWithoutIndexNo(writer: Writer) {
    if (validator.itemsWithoutIndexNo === 0) return;
    for await (const { row } of rows(["items"])) if (!(row as InterchangeItem).indexNo) await writer.itemWithoutIndexNo(row as InterchangeItem);
  }

  try {
    const summary = await inTransaction(options.dryRun, async (writer) => {
      // Once the file is known to be invalid, or out of order, only validation goes on, to the end.
      let writing = true;
      for await (const entry of readInterchangeFile(path)) {
        const row = validator.entry(entry);
        if (!row || entry.kind !== "element" || !writing) continue;
        writing = !validator.failed && (await writer.add(entry.key as Section, row));
      }
      if (validator.needsReplay) {
        for await (const { section, row, index } of rows(SECTIONS)) validator.replay(section, index, row);
      }
      const errors = validator.finish();
      if (errors.length) throw new InvalidFile(errors);
      if (!writing) throw new IncompleteWrite();
      await writer.flush();
      await itemsWithoutIndexNo(writer);
    });
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof InvalidFile) return { ok: false, errors: error.errors };
    if (!(error instanceof IncompleteWrite)) throw error;
  }
  try {
    const summary = await inTransaction(options.dryRun, async (writer) => {
      for (const sections of [["organizations", "categories"], BATCHED] as const) {
        for await (const { section, row } of rows(sections)) await writer.add(section, row);
        await writer.flush();
      }
      await itemsWithoutIndexNo(writer);
    });
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof InvalidFile) return { ok: false, errors: error.errors };
    throw error;
  }
}

async function inTransaction(dryRun: boolean, work: (writer: Writer) => Promise<void>): Promise<ImportSummary> {
  const summary = Object.fromEntries(SECTIONS.map((s) => [s, tally()])) as ImportSummary;
  try {
    await db.$transaction(
      async (tx) => {
        await work(new Writer(tx, summary));
        const changed = Object.values(summary).reduce((n, t) => n + t.created + t.updated, 0);
        if (changed > 0) {
          await tx.auditLog.create({ data: { action: "interchange.import", actor: "import", after: JSON.stringify(summary) } });
        }
        if (dryRun) throw new DryRunRollback();
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return summary;
}

function tally(): Tally {
  return { created: 0, updated: 0, unchanged: 0 };
}

type Tx = Prisma.TransactionClient;
type Existing = Record<string, unknown>;

/**
 * How one section is matched and written. Rows are looked up by natural key and new ones inserted a batch at
 * a time with plain SQL: through Prisma's per-row API a million items take tens of minutes (it costs about
 * half a millisecond a row), in batches about a minute. Updates are rare and stay per row, through Prisma.
 */
type Spec<Row> = {
  /** Prisma model, named in error messages. */
  model: string;
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

/** The sections that refer to organisations (and categories). */
const BATCHED = ["items", "requests", "appeals", "statistics"] as const;

/**
 * Rows per statement. Prisma keeps its last 100 debug messages in memory, parameters included, so the batch
 * size bounds that memory too (about 100 × a batch's JSON); 1,000 costs little more time than larger batches.
 */
const BATCH_SIZE = 1_000;

/** Prisma stores DateTime on SQLite as this text; written the same way so every row reads back alike. */
const timestamp = () => new Date().toISOString().replace("Z", "+00:00");

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

class Writer {
  private orgs = new Map<string, { id: string; indexPrefix: string; indexPattern: string }>();
  private categoryIds = new Map<string, string>();
  /** Parents and kinds to set once all organisations are written. */
  private orgLinks: Pick<SectionRow<"organizations">, "code" | "parent" | "kind">[] = [];
  /** The code → id maps need reloading: organisations or categories were written since they were read. */
  private stale = true;
  private pending: { [S in Section]: SectionRow<S>[] } = {
    organizations: [],
    categories: [],
    items: [],
    requests: [],
    appeals: [],
    statistics: [],
  };

  constructor(
    private readonly tx: Tx,
    private readonly summary: ImportSummary,
  ) {}

  /**
   * Queues a row and writes a batch when one is full. Items without 索引号 are left for itemWithoutIndexNo.
   * Returns false, writing nothing, when the row refers to an organisation or category not written yet.
   */
  async add<S extends Section>(section: S, row: SectionRow<S>): Promise<boolean> {
    if (section !== "organizations" && section !== "categories") {
      await this.loadLookups();
      const { org, category } = row as { org: string; category?: string };
      if (!this.orgs.has(org) || (category !== undefined && !this.categoryIds.has(category))) return false;
      if (section === "items" && !(row as InterchangeItem).indexNo) return true;
    }
    if (section === "organizations") {
      const { code, parent, kind } = row as SectionRow<"organizations">;
      if (parent !== undefined || kind !== undefined) this.orgLinks.push({ code, parent, kind });
    }
    const queue = this.pending[section] as SectionRow<S>[];
    queue.push(row);
    if (queue.length >= BATCH_SIZE) await this.write(section);
    return true;
  }

  async flush() {
    for (const section of SECTIONS) await this.write(section);
    await this.linkOrganizations();
  }

  /**
   * Sets the parents and kinds the file gives, once every organisation of the file is written (a parent may come
   * after its children). A link that would make a body its own ancestor fails the import.
   */
  private async linkOrganizations() {
    if (this.orgLinks.length === 0) return;
    const links = this.orgLinks;
    this.orgLinks = [];
    const orgs = await this.tx.organization.findMany({ select: { id: true, code: true, parentId: true, kind: true } });
    const byCode = new Map(orgs.map((o) => [o.code, o]));
    for (const link of links) {
      const org = byCode.get(link.code)!;
      const parentId = link.parent === undefined ? org.parentId : link.parent === null ? null : byCode.get(link.parent)!.id;
      const kind = link.kind ?? org.kind;
      if (parentId === org.parentId && kind === org.kind) continue;
      await this.tx.organization.update({ where: { id: org.id }, data: { parentId, kind } });
      Object.assign(org, { parentId, kind });
    }
    const cycle = findCycle(orgs);
    if (cycle.length) {
      const codes = orgs.filter((o) => cycle.includes(o.id)).map((o) => o.code);
      throw new InvalidFile([`organizations: 上级机构构成循环 circular parents: ${codes.join(" → ")}`]);
    }
  }

  /** Writes the organisations and categories queued so far, then reads every code → id once. */
  private async loadLookups() {
    if (!this.stale && this.pending.organizations.length === 0 && this.pending.categories.length === 0) return;
    await this.write("organizations");
    await this.write("categories");
    if (!this.stale) return;
    const [orgs, categories] = await Promise.all([
      this.tx.organization.findMany({ select: { id: true, code: true, indexPrefix: true, indexPattern: true } }),
      this.tx.category.findMany({ select: { id: true, code: true } }),
    ]);
    this.orgs = new Map(orgs.map((o) => [o.code, o]));
    this.categoryIds = new Map(categories.map((c) => [c.code, c.id]));
    this.stale = false;
  }

  private async write(section: Section) {
    const rows = this.pending[section];
    if (rows.length === 0) return;
    this.pending[section] = [];
    const tx = this.tx;
    const orgId = (code: string) => this.orgs.get(code)!.id;
    const now = timestamp();
    if (section === "organizations" || section === "categories") this.stale = true;
    switch (section) {
      case "organizations":
        return this.upsert(
          {
            model: "organization",
            table: "Organization",
            keyColumns: ["code"],
            key: (o) => [o.code],
            wanted: (o) => ({ name: o.name, indexPrefix: o.indexPrefix }),
            create: (o, wanted) => ({ id: newId(), code: o.code, ...wanted, createdAt: now }),
            update: (existing, wanted) => tx.organization.update({ where: { code: String(existing.code) }, data: wanted }),
            hasId: true,
          },
          rows as SectionRow<"organizations">[],
          this.summary.organizations,
        );
      case "categories": {
        const maxOrder = await tx.category.aggregate({ _max: { sortOrder: true } });
        let nextOrder = (maxOrder._max.sortOrder ?? 0) + 1;
        return this.upsert(
          {
            model: "category",
            table: "Category",
            keyColumns: ["code"],
            key: (c) => [c.code],
            wanted: (c) => ({ name: c.name }),
            create: (c, wanted) => ({ id: newId(), code: c.code, ...wanted, sortOrder: nextOrder++ }),
            update: (existing, wanted) => tx.category.update({ where: { code: String(existing.code) }, data: wanted }),
            hasId: true,
          },
          rows as SectionRow<"categories">[],
          this.summary.categories,
        );
      }
      case "items":
        return this.upsert(
          {
            model: "item",
            table: "Item",
            keyColumns: ["orgId", "indexNo"],
            key: (i) => [orgId(i.org), i.indexNo],
            wanted: (i) => this.itemWanted(i),
            create: (i, wanted) => ({ id: newId(), orgId: orgId(i.org), indexNo: i.indexNo, ...wanted, status: itemStatus(i), createdAt: now, updatedAt: now }),
            update: (existing, wanted) => tx.item.update({ where: { id: String(existing.id) }, data: { ...wanted, version: { increment: 1 } } }),
            hasId: true,
          },
          rows as InterchangeItem[],
          this.summary.items,
        );
      case "requests":
        return this.upsert(
          {
            model: "disclosureRequest",
            table: "DisclosureRequest",
            keyColumns: ["orgId", "number"],
            key: (r) => [orgId(r.org), r.number],
            wanted: (r) => ({
              applicantType: r.applicantType,
              channel: r.channel,
              receivedOn: r.receivedOn,
              closedOn: r.closedOn ?? null,
              outcome: r.outcome ?? null,
              status: r.closedOn ? "closed" : "received",
            }),
            create: (r, wanted) => ({ id: newId(), orgId: orgId(r.org), number: r.number, ...wanted, submittedAt: now, createdAt: now, updatedAt: now }),
            update: (existing, wanted) =>
              tx.disclosureRequest.update({
                where: { orgId_number: { orgId: String(existing.orgId), number: String(existing.number) } },
                data: { ...wanted, version: { increment: 1 } },
              }),
            hasId: true,
          },
          rows as SectionRow<"requests">[],
          this.summary.requests,
        );
      case "appeals":
        return this.upsert(
          {
            model: "appeal",
            table: "Appeal",
            keyColumns: ["orgId", "number"],
            key: (a) => [orgId(a.org), a.number],
            wanted: (a) => ({ kind: a.kind, filedOn: a.filedOn, closedOn: a.closedOn ?? null, result: a.result ?? null }),
            create: (a, wanted) => ({ id: newId(), orgId: orgId(a.org), number: a.number, ...wanted, createdAt: now }),
            update: (existing, wanted) =>
              tx.appeal.update({ where: { orgId_number: { orgId: String(existing.orgId), number: String(existing.number) } }, data: wanted }),
            hasId: true,
          },
          rows as SectionRow<"appeals">[],
          this.summary.appeals,
        );
      case "statistics":
        return this.upsert(
          {
            model: "yearlyStatistic",
            table: "YearlyStatistic",
            keyColumns: ["orgId", "year", "code"],
            key: (s) => [orgId(s.org), s.year, s.code],
            wanted: (s) => ({ value: s.value }),
            create: (s, wanted) => ({ orgId: orgId(s.org), year: s.year, code: s.code, ...wanted }),
            update: (existing, wanted) =>
              tx.yearlyStatistic.update({
                where: { orgId_year_code: { orgId: String(existing.orgId), year: Number(existing.year), code: String(existing.code) } },
                data: wanted,
              }),
            hasId: false,
          },
          rows as SectionRow<"statistics">[],
          this.summary.statistics,
        );
    }
  }

  private itemWanted(item: InterchangeItem) {
    return {
      title: item.title,
      docNo: item.docNo ?? null,
      categoryId: this.categoryIds.get(item.category)!,
      genre: item.genre,
      disclosure: item.disclosure,
      createdOn: item.createdOn,
      publishedOn: item.publishedOn ?? null,
      abolishedOn: item.abolishedOn ?? null,
      validity: item.abolishedOn ? "abolished" : "valid",
      channels: item.channels.join(","),
    };
  }

  /** Looks a batch up by natural key, inserts the new rows in one statement, updates the changed ones. */
  private async upsert<Row>(spec: Spec<Row>, rows: Row[], count: Tally) {
    if (rows.length === 0) return;
    const wantedColumns = Object.keys(spec.wanted(rows[0]));
    const selected = [...(spec.hasId ? ["id"] : []), ...spec.keyColumns, ...wantedColumns];
    const keys = rows.map(spec.key);
    const on = spec.keyColumns.map((column) => `t."${column}" = k."${column}"`).join(" AND ");
    const found = await this.tx.$queryRaw<Existing[]>`
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
      await this.tx.$executeRaw`
        INSERT INTO ${Prisma.raw(`"${spec.table}"`)} (${quoted(columns)})
        SELECT ${Prisma.raw(columns.map((c) => `k."${c}"`).join(", "))}
        FROM ${jsonRows(spec.table, columns, created.map((row) => columns.map((c) => row[c])))}`;
    } catch (error) {
      throw new Error(`${spec.model}.create（${created.length} 行）写入失败：${(error as Error).message}`, { cause: error });
    }
  }

  /**
   * An item without 索引号 is recognised by what identifies a document (title, 成文日期, 文号), and a new one
   * gets the next free number of its organisation and year. One at a time: the numbering is sequential.
   */
  async itemWithoutIndexNo(item: InterchangeItem) {
    const tx = this.tx;
    const org = this.orgs.get(item.org)!;
    const wanted = this.itemWanted(item);
    const existing = await tx.item.findFirst({
      where: { orgId: org.id, title: item.title, createdOn: item.createdOn, docNo: item.docNo ?? null },
    });
    const count = this.summary.items;
    if (!existing) {
      const indexNo = await nextIndexNo(tx, org, Number(item.createdOn.slice(0, 4)));
      await tx.item.create({ data: { ...wanted, orgId: org.id, indexNo, status: itemStatus(item) } });
      count.created++;
    } else if (Object.entries(wanted).some(([key, value]) => (existing as Existing)[key] !== value)) {
      await tx.item.update({ where: { id: existing.id }, data: { ...wanted, version: { increment: 1 } } });
      count.updated++;
    } else {
      count.unchanged++;
    }
  }
}

/** A proactive item not yet published is a draft; every other imported item is on record as published. */
function itemStatus(item: InterchangeItem): string {
  return item.disclosure === "proactive" && !item.publishedOn ? "draft" : "published";
}
