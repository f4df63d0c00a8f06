import { newId } from "@/lib/ids";
import { nextIndexNo } from "@/lib/items/index-number";
import { findCycle } from "@/lib/organizations/tree";
import type { BulkSql } from "./bulk";
import { SECTIONS, type InterchangeItem, type Section, type SectionRow } from "./schema";
import { changedFields, fieldsJson, insertAudit, mayUpdate, upsert, type Existing, type ImportSink, type Spec, type Tally, type Tx } from "./upsert";
import { InvalidFile } from "./validate";

export type ImportSummary = Record<Section, Tally>;

/** The sections that refer to organisations (and categories). */
export const BATCHED = ["items", "requests", "appeals", "statistics"] as const;

/**
 * Rows per statement (bulk.ts). A batch's statement and parameter are built and dropped per batch, so the batch
 * size bounds the import's memory; 1,000 costs little more time than larger batches.
 */
const BATCH_SIZE = 1_000;

/** Prisma stores DateTime on SQLite as this text; written the same way so every row reads back alike. */
const timestamp = () => new Date().toISOString().replace("Z", "+00:00");

/**
 * Writes an import's rows inside its transaction: queues them per section, resolves organisation and category
 * codes to ids, writes each section a batch at a time (upsert.ts) and numbers items without 索引号, counting
 * what it creates, updates and leaves unchanged in the summary.
 */
export class Writer {
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
    private readonly bulk: BulkSql,
    private readonly summary: ImportSummary,
    private readonly sink: ImportSink,
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
    await this.bulk.restoreIndexes();
    await this.linkOrganizations();
    await this.writeAudit();
  }

  /** The audit records queued so far, one statement a batch. */
  async writeAudit() {
    const rows = this.sink.audit;
    this.sink.audit = [];
    for (let i = 0; i < rows.length; i += BATCH_SIZE) await insertAudit(this.bulk, rows.slice(i, i + BATCH_SIZE), timestamp());
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

  private async write<S extends Section>(section: S) {
    const rows = this.pending[section];
    if (rows.length === 0) return;
    this.pending[section] = [];
    if (section === "organizations" || section === "categories") this.stale = true;
    const lastSortOrder = section === "categories" ? (await this.tx.category.aggregate({ _max: { sortOrder: true } }))._max.sortOrder : 0;
    if (section === "items") await this.bulk.deferItemIndexes();
    await upsert(this.bulk, this.specs((lastSortOrder ?? 0) + 1)[section], rows, this.summary[section], this.sink, section);
    if (this.sink.audit.length >= BATCH_SIZE) await this.writeAudit();
  }

  /** How each section's rows are matched and written; new categories are ordered from nextSortOrder on. */
  private specs(nextSortOrder: number): { [S in Section]: Spec<SectionRow<S>> } {
    const tx = this.tx;
    const orgId = (code: string) => this.orgs.get(code)!.id;
    const now = timestamp();
    let sortOrder = nextSortOrder;
    const orgAndNumber = (existing: Existing) => ({ orgId: String(existing.orgId), number: String(existing.number) });
    // Written by the import: the version it leaves is the one it knows (a later change in the app moves version on).
    const imported = (existing: Existing) => ({ version: { increment: 1 }, importedVersion: Number(existing.version) + 1 });
    const byId = (row: Existing) => String(row.id);
    return {
      organizations: {
        table: "Organization",
        keyColumns: ["code"],
        key: (o) => [o.code],
        wanted: (o) => ({ name: o.name, indexPrefix: o.indexPrefix }),
        create: (o, wanted) => ({ id: newId(), code: o.code, ...wanted, createdAt: now }),
        update: (existing, wanted) => tx.organization.update({ where: { code: String(existing.code) }, data: wanted }),
        hasId: true,
        versioned: false,
        label: (o) => o.code,
        entityId: byId,
      },
      categories: {
        table: "Category",
        keyColumns: ["code"],
        key: (c) => [c.code],
        wanted: (c) => ({ name: c.name }),
        create: (c, wanted) => ({ id: newId(), code: c.code, ...wanted, sortOrder: sortOrder++ }),
        update: (existing, wanted) => tx.category.update({ where: { code: String(existing.code) }, data: wanted }),
        hasId: true,
        versioned: false,
        label: (c) => c.code,
        entityId: byId,
      },
      items: {
        table: "Item",
        keyColumns: ["orgId", "indexNo"],
        key: (i) => [orgId(i.org), i.indexNo],
        wanted: (i) => this.itemWanted(i),
        create: (i, wanted) => ({ id: newId(), orgId: orgId(i.org), indexNo: i.indexNo, ...wanted, status: itemStatus(i), version: 1, importedVersion: 1, createdAt: now, updatedAt: now }),
        update: (existing, wanted) => tx.item.update({ where: { id: String(existing.id) }, data: { ...wanted, ...imported(existing) } }),
        hasId: true,
        versioned: true,
        label: (i) => `${i.org} ${i.indexNo}`,
        entityId: byId,
      },
      requests: {
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
        create: (r, wanted) => ({ id: newId(), orgId: orgId(r.org), number: r.number, ...wanted, version: 1, importedVersion: 1, submittedAt: now, createdAt: now, updatedAt: now }),
        update: (existing, wanted) =>
          tx.disclosureRequest.update({ where: { orgId_number: orgAndNumber(existing) }, data: { ...wanted, ...imported(existing) } }),
        hasId: true,
        versioned: true,
        label: (r) => `${r.org} ${r.number}`,
        entityId: byId,
      },
      appeals: {
        table: "Appeal",
        keyColumns: ["orgId", "number"],
        key: (a) => [orgId(a.org), a.number],
        wanted: (a) => ({ kind: a.kind, filedOn: a.filedOn, closedOn: a.closedOn ?? null, result: a.result ?? null }),
        create: (a, wanted) => ({ id: newId(), orgId: orgId(a.org), number: a.number, ...wanted, version: 1, importedVersion: 1, createdAt: now }),
        update: (existing, wanted) => tx.appeal.update({ where: { orgId_number: orgAndNumber(existing) }, data: { ...wanted, ...imported(existing) } }),
        hasId: true,
        versioned: true,
        label: (a) => `${a.org} ${a.number}`,
        entityId: byId,
      },
      statistics: {
        table: "YearlyStatistic",
        keyColumns: ["orgId", "year", "code"],
        key: (s) => [orgId(s.org), s.year, s.code],
        wanted: (s) => ({ value: s.value }),
        create: (s, wanted) => ({ orgId: orgId(s.org), year: s.year, code: s.code, ...wanted, version: 1, importedVersion: 1 }),
        update: (existing, wanted) =>
          tx.yearlyStatistic.update({
            where: { orgId_year_code: { orgId: String(existing.orgId), year: Number(existing.year), code: String(existing.code) } },
            data: { ...wanted, ...imported(existing) },
          }),
        hasId: false,
        versioned: true,
        label: (s) => `${s.org} ${s.year} ${s.code}`,
        // As the statistics page names it (lib/report/statistics.ts).
        entityId: (row) => `${Number(row.year)}.${String(row.code)}`,
      },
    };
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
    const changed = existing ? changedFields(existing, wanted) : [];
    const record = (action: string, id: string, before: Existing | null, fields: string[]) =>
      this.sink.audit.push({ action, entity: "Item", entityId: id, orgId: org.id, before: before && fieldsJson(before, fields), after: fieldsJson(wanted, fields) });
    if (!existing) {
      const indexNo = await nextIndexNo(tx, org, Number(item.createdOn.slice(0, 4)));
      const created = await tx.item.create({ data: { ...wanted, orgId: org.id, indexNo, status: itemStatus(item), importedVersion: 1 }, select: { id: true } });
      count.created++;
      record("interchange.create", created.id, null, Object.keys(wanted));
    } else if (changed.length === 0) {
      count.unchanged++;
    } else if (mayUpdate(this.sink, "items", `${item.org} ${existing.indexNo}`, existing, changed)) {
      await tx.item.update({ where: { id: existing.id }, data: { ...wanted, version: { increment: 1 }, importedVersion: existing.version + 1 } });
      count.updated++;
      record("interchange.update", existing.id, existing, changed);
    }
  }
}

/** A proactive item not yet published is a draft; every other imported item is on record as published. */
function itemStatus(item: InterchangeItem): string {
  return item.disclosure === "proactive" && !item.publishedOn ? "draft" : "published";
}
