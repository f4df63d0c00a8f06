import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { wordPairToken } from "@/lib/items/search-pairs";
import { importInterchangeFile } from "./import";

// An import into an empty item table drops the item and audit indexes (and SQLite's search trigger) and builds
// them once before the commit (bulk.ts): whatever happens, the schema is the same afterwards, and the items are
// found by search as if the trigger had written them.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-import-bulk-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  for (const table of ["AuditLog", "YearlyStatistic", "Appeal", "DisclosureRequest", "Item", "IndexSequence", "Category", "Organization"]) {
    await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
  }
});

/** The definitions of the indexes and triggers of the tables an import into an empty database rebuilds. */
async function schema(): Promise<string[]> {
  const rows =
    dbProvider === "postgresql"
      ? await db.$queryRaw<{ sql: string }[]>`SELECT indexdef AS sql FROM pg_indexes WHERE tablename IN ('Item', 'AuditLog')`
      : await db.$queryRaw<{ sql: string }[]>`SELECT sql FROM sqlite_master WHERE tbl_name IN ('Item', 'AuditLog') AND sql IS NOT NULL AND type IN ('index', 'trigger')`;
  return rows.map((row) => row.sql).sort();
}

function file(items: Record<string, unknown>[]): string {
  const name = path.join(dir, `file-${Math.random().toString(36).slice(2)}.json`);
  const org = { code: "xiaotao", name: "永安市小陶镇人民政府", indexPrefix: "003680183" };
  fs.writeFileSync(name, JSON.stringify({ version: 1, organizations: [org], categories: [{ code: "plans", name: "规划计划" }], items }));
  return name;
}

const item = (n: number) => ({
  org: "xiaotao",
  indexNo: `003680183/2021-${String(n).padStart(5, "0")}`,
  title: `小陶镇防汛抗旱文件第${n}号`,
  category: "plans",
  genre: "other",
  disclosure: "proactive",
  createdOn: "2021-03-02",
  publishedOn: "2021-03-05",
});

describe("import into an empty item table", () => {
  it("leaves the same indexes and triggers, and every item in the search index", async () => {
    const before = await schema();
    const result = await importInterchangeFile(file(Array.from({ length: 2500 }, (_, i) => item(i + 1))), { dryRun: false });
    expect(result.ok).toBe(true);
    expect(await schema()).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "interchange.create", entity: "Item" } })).toBe(2500);
    if (dbProvider === "sqlite") {
      const [{ keys }] = await db.$queryRaw<{ keys: bigint }[]>`SELECT count(*) AS keys FROM "ItemSearchKey"`;
      const [{ found }] = await db.$queryRaw<{ found: bigint }[]>`SELECT count(*) AS found FROM "ItemSearch" WHERE "ItemSearch" MATCH '"文件第2499号"'`;
      expect([Number(keys), Number(found)]).toEqual([2500, 1]);
      // The pairs came with the batches: nothing is left pending for the catch-up, and 防汛 is found by its pair.
      const [{ pending }] = await db.$queryRaw<{ pending: bigint }[]>`SELECT count(*) AS pending FROM "ItemSearchKey" WHERE "pairsIndexed" = 0`;
      const [{ paired }] = await db.$queryRaw<{ paired: bigint }[]>`SELECT count(*) AS paired FROM "ItemSearchPairs" WHERE "ItemSearchPairs" MATCH ${wordPairToken("防汛")}`;
      const [{ numbered }] = await db.$queryRaw<{ numbered: bigint }[]>`SELECT count(*) AS numbered FROM "ItemSearchPairs" WHERE "ItemSearchPairs" MATCH ${`${wordPairToken("24")} ${wordPairToken("49")} ${wordPairToken("99")}`}`;
      expect([Number(pending), Number(paired), Number(numbered)]).toEqual([0, 2500, 1]);
    }
  });

  it("leaves the indexes as they were after a dry run and after an error past the first batches", async () => {
    const before = await schema();
    const good = Array.from({ length: 2500 }, (_, i) => item(i + 1));
    expect((await importInterchangeFile(file(good), { dryRun: true })).ok).toBe(true);
    expect(await schema()).toEqual(before);
    const bad = [...good, { ...item(2501), genre: "nonsense" }];
    expect((await importInterchangeFile(file(bad), { dryRun: false })).ok).toBe(false);
    expect(await schema()).toEqual(before);
    expect(await db.item.count()).toBe(0);
  });
});
