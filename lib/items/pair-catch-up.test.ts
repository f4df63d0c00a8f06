import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { indexAllPendingPairs } from "./pair-catch-up";
import { wordPairToken } from "./search-pairs";

describe("indexAllPendingPairs", () => {
  it("indexes every pending item once, in batches, and then finds it by its pairs", () => {
    const sqlite = new Database(":memory:");
    sqlite.exec(`
      CREATE TABLE "Item" ("id" TEXT PRIMARY KEY, "title" TEXT, "docNo" TEXT, "indexNo" TEXT, "body" TEXT);
      CREATE TABLE "ItemSearchKey" ("key" INTEGER PRIMARY KEY, "itemId" TEXT NOT NULL UNIQUE, "pairsIndexed" INTEGER NOT NULL DEFAULT 0);
      CREATE VIRTUAL TABLE "ItemSearchPairs" USING fts5("pairs", content = '', contentless_delete = 1, detail = 'none', tokenize = 'ascii');`);
    const insertItem = sqlite.prepare(`INSERT INTO "Item" VALUES (?, ?, NULL, ?, '')`);
    const insertKey = sqlite.prepare(`INSERT INTO "ItemSearchKey" ("itemId", "pairsIndexed") VALUES (?, ?)`);
    for (let n = 1; n <= 2_500; n++) {
      insertItem.run(`i${n}`, n === 1_234 ? "农村低保资金" : `通知 ${n}`, `T/${n}`);
      insertKey.run(`i${n}`, n === 7 ? 1 : 0); // item 7 counts as indexed already: it must be left alone
    }
    expect(indexAllPendingPairs(sqlite)).toBe(2_499);
    expect(indexAllPendingPairs(sqlite)).toBe(0);
    const found = sqlite
      .prepare(`SELECT k."itemId" FROM "ItemSearchPairs" p JOIN "ItemSearchKey" k ON k."key" = p."rowid" WHERE p."ItemSearchPairs" MATCH ?`)
      .pluck();
    expect(found.all(wordPairToken("低保"))).toEqual(["i1234"]);
    expect(found.all(wordPairToken("通知"))).toHaveLength(2_498);
  });
});
