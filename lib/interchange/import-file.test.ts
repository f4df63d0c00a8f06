import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importInterchangeFile, type ImportSummary } from "./import";

// The streamed importer (npm run import): the file is read from disk in chunks, validated and written in
// batches in one transaction. These cover what only the streamed path does; the rules shared with
// importInterchange are in import.test.ts.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-import-file-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  for (const table of ["AuditLog", "YearlyStatistic", "Appeal", "DisclosureRequest", "Item", "IndexSequence", "Category", "Organization"]) {
    await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
  }
});

let fileNo = 0;
function write(content: unknown): string {
  const file = path.join(dir, `file-${++fileNo}.json`);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 1));
  return file;
}

const org = { code: "xiaotao", name: "永安市小陶镇人民政府", indexPrefix: "003680183" };
const category = { code: "plans", name: "规划计划" };

/** n items with stated 索引号 003680183/2021-00001 …, proactive and published. */
function items(n: number, from = 1) {
  return Array.from({ length: n }, (_, i) => ({
    org: "xiaotao",
    indexNo: `003680183/2021-${String(from + i).padStart(5, "0")}`,
    title: `小陶镇文件第${from + i}号`,
    category: "plans",
    genre: "other",
    disclosure: "proactive",
    createdOn: "2021-03-02",
    publishedOn: "2021-03-05",
  }));
}

const t = (created: number, updated: number, unchanged: number) => ({ created, updated, unchanged });
const none = t(0, 0, 0);

async function counts() {
  return { orgs: await db.organization.count(), items: await db.item.count(), audit: await db.auditLog.count() };
}

async function summaryOf(file: string, dryRun = false): Promise<ImportSummary> {
  const result = await importInterchangeFile(file, { dryRun });
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.summary;
}

describe("importInterchangeFile", () => {
  it("imports 2,500 items in batches with exact counts, then finds every one unchanged", async () => {
    const file = write({ version: 1, organizations: [org], categories: [category], items: items(2500) });
    expect(await summaryOf(file)).toEqual({
      organizations: t(1, 0, 0),
      categories: t(1, 0, 0),
      items: t(2500, 0, 0),
      requests: none,
      appeals: none,
      statistics: none,
    });
    const last = await db.item.findFirstOrThrow({ where: { indexNo: "003680183/2021-02500" }, include: { org: true, category: true } });
    expect(last).toMatchObject({ title: "小陶镇文件第2500号", status: "published", channels: "", version: 1 });
    expect([last.org.code, last.category.code]).toEqual(["xiaotao", "plans"]);
    expect((await summaryOf(file)).items).toEqual(t(0, 0, 2500));
    expect(await counts()).toEqual({ orgs: 1, items: 2500, audit: 2503 }); // one per record (written in batches) and the import's
  });

  it("writes nothing when an error comes after batches were already written", async () => {
    const bad = { ...items(1, 2501)[0], createdOn: "2021-02-30" };
    const file = write({ version: 1, organizations: [org], categories: [category], items: [...items(2500), bad] });
    const result = await importInterchangeFile(file, { dryRun: false });
    expect(result).toEqual({ ok: false, errors: ['items[2500].createdOn: 不是有效日期（YYYY-MM-DD）："2021-02-30"'] });
    expect(await counts()).toEqual({ orgs: 0, items: 0, audit: 0 });
  });

  it("refuses a file with an unknown field (a typo of docNo), names it and writes nothing, though earlier batches were valid", async () => {
    const typo = { ...items(1, 1503)[0], docNO: "陶政〔2021〕3号" };
    const file = write({ version: 1, organizations: [org], categories: [category], items: [...items(1500), typo] });
    expect(await importInterchangeFile(file, { dryRun: false })).toEqual({ ok: false, errors: ["items[1500].docNO: 未知字段 unknown field"] });
    expect(await counts()).toEqual({ orgs: 0, items: 0, audit: 0 });
  });

  it("reports a duplicate 索引号 anywhere in the file and writes nothing", async () => {
    const file = write({ version: 1, organizations: [org], categories: [category], items: [...items(1500), ...items(1, 7)] });
    expect(await importInterchangeFile(file, { dryRun: false })).toEqual({ ok: false, errors: ["items[1500].indexNo: 与 items[6] 重复"] });
    expect(await counts()).toEqual({ orgs: 0, items: 0, audit: 0 });
  });

  it("imports a file that lists items before their organisation and category", async () => {
    const file = write({ version: 1, items: items(3), categories: [category], organizations: [org] });
    expect(await summaryOf(file)).toMatchObject({ organizations: t(1, 0, 0), categories: t(1, 0, 0), items: t(3, 0, 0) });
    expect(await counts()).toEqual({ orgs: 1, items: 3, audit: 6 });
  });

  it("still reports an organisation that is nowhere in the file or the database", async () => {
    const file = write({ version: 1, categories: [category], items: items(2) });
    expect(await importInterchangeFile(file, { dryRun: false })).toEqual({
      ok: false,
      errors: ['items[0].org: 未知机构 unknown organization "xiaotao"', 'items[1].org: 未知机构 unknown organization "xiaotao"'],
    });
  });

  it("numbers items without 索引号 after every stated number, in file order", async () => {
    const unnumbered = (title: string) => ({ ...items(1)[0], indexNo: undefined, title });
    const file = write({
      version: 1,
      organizations: [org],
      categories: [category],
      items: [unnumbered("甲"), ...items(2), unnumbered("乙")],
    });
    expect((await summaryOf(file)).items).toEqual(t(4, 0, 0));
    const byTitle = Object.fromEntries((await db.item.findMany()).map((i) => [i.title, i.indexNo]));
    expect(byTitle).toMatchObject({ 甲: "003680183/2021-00003", 乙: "003680183/2021-00004" });
    expect((await summaryOf(file)).items).toEqual(t(0, 0, 4));
  });

  it("dry run counts exactly and writes nothing", async () => {
    const file = write({ version: 1, organizations: [org], categories: [category], items: items(1200) });
    expect((await summaryOf(file, true)).items).toEqual(t(1200, 0, 0));
    expect(await counts()).toEqual({ orgs: 0, items: 0, audit: 0 });
  });

  it("throws a SyntaxError naming the position for a file that is not JSON", async () => {
    const file = write('{"version": 1, "items": [{"org": "xiaotao",]}');
    await expect(importInterchangeFile(file, { dryRun: false })).rejects.toThrow(SyntaxError);
    expect(await counts()).toEqual({ orgs: 0, items: 0, audit: 0 });
  });
});
