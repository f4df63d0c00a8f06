import { db } from "@/lib/db";
import { catchUpPairs } from "@/lib/items/pair-catch-up";
import { env } from "@/lib/env";
import { bulkSql } from "./bulk";
import { readInterchangeFile } from "./read";
import { SECTIONS, sectionSchemas, type InterchangeFile, type InterchangeItem, type Section, type SectionRow } from "./schema";
import type { Tally } from "./upsert";
import { InterchangeValidator, InvalidFile, type KnownCodes } from "./validate";
import { BATCHED, Writer, type ImportSummary } from "./writer";
import { publicContentChanged } from "@/lib/public-cache/version";

export { validateInterchange, type KnownCodes, type ValidationResult } from "./validate";

export type { Tally } from "./upsert";
export type { ImportSummary } from "./writer";

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

/**
 * The file would change records that were changed in the app since they were imported (a request closed, an item
 * withdrawn …): the whole import is rolled back and the records listed, unless the import overwrites.
 */
export class ImportConflicts extends Error {
  constructor(readonly conflicts: string[]) {
    super(`文件会覆盖 ${conflicts.length} 条已在系统中修改的记录：\n${conflicts.join("\n")}`);
  }
}

export type ImportOptions = { dryRun: boolean; overwrite?: boolean };

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
export async function importInterchange(file: InterchangeFile, options: ImportOptions): Promise<ImportSummary> {
  const summary = await inTransaction(options, async (writer) => {
    for (const section of SECTIONS) for (const row of file[section]) await writer.add(section, row);
    await writer.flush();
    // Items without 索引号 last, so a generated number never takes one that a later item states.
    for (const item of file.items) if (!item.indexNo) await writer.itemWithoutIndexNo(item);
  });
  catchUpPairs(env.DATABASE_URL);
  return summary;
}

export type FileImportResult =
  | { ok: true; summary: ImportSummary }
  | { ok: false; errors: string[]; conflicts?: undefined }
  | { ok: false; errors: []; conflicts: string[] };

/**
 * Imports an interchange file from disk without ever holding it whole, in one transaction. One streamed pass
 * validates every element and, while the file is valid so far, writes it in batches; any error anywhere rolls
 * everything back and is reported (so nothing is written, as if it had been checked first). Items without
 * 索引号 get their generated numbers in a second pass, after every stated number is in. A file that lists
 * items before their organisations is written again in order: organisations and categories first. The items'
 * two-character search pairs are left to the caller, after the commit (catchUpPairs; `npm run import` does it).
 * A file that is not valid JSON throws a SyntaxError.
 */
export async function importInterchangeFile(path: string, options: ImportOptions): Promise<FileImportResult> {
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
    const summary = await inTransaction(options, async (writer) => {
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
    if (error instanceof ImportConflicts) return { ok: false, errors: [], conflicts: error.conflicts };
    if (!(error instanceof IncompleteWrite)) throw error;
  }
  try {
    const summary = await inTransaction(options, async (writer) => {
      for (const sections of [["organizations", "categories"], BATCHED] as const) {
        for await (const { section, row } of rows(sections)) await writer.add(section, row);
        await writer.flush();
      }
      await itemsWithoutIndexNo(writer);
    });
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof InvalidFile) return { ok: false, errors: error.errors };
    if (error instanceof ImportConflicts) return { ok: false, errors: [], conflicts: error.conflicts };
    throw error;
  }
}

async function inTransaction({ dryRun, overwrite = false }: ImportOptions, work: (writer: Writer) => Promise<void>): Promise<ImportSummary> {
  const summary = Object.fromEntries(SECTIONS.map((s) => [s, tally()])) as ImportSummary;
  try {
    await db.$transaction(
      async (tx) => {
        const sink = { overwrite, conflicts: [], audit: [] };
        const writer = new Writer(tx, await bulkSql(tx), summary, sink);
        await work(writer);
        await writer.writeAudit();
        if (sink.conflicts.length > 0 && !overwrite) throw new ImportConflicts(sink.conflicts);
        const changed = Object.values(summary).reduce((n, t) => n + t.created + t.updated, 0);
        if (changed > 0) {
          await publicContentChanged(tx);
          const overwritten = overwrite ? sink.conflicts : [];
          await tx.auditLog.create({ data: { action: "interchange.import", actor: "import", after: JSON.stringify({ ...summary, ...(overwritten.length ? { overwritten } : {}) }) } });
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
