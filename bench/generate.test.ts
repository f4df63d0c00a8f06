import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { generateBenchDatabase, scaledSize } from "./generate";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-bench-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A digest of every row of the tables the generator fills. */
function digest(file: string): string {
  const sqlite = new Database(file, { readonly: true });
  const hash = createHash("sha256");
  for (const table of ["Organization", "Category", "Item", "IndexSequence", "DisclosureRequest", "Appeal", "YearlyStatistic", "Setting"]) {
    for (const row of sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  sqlite.close();
  return hash.digest("hex");
}

describe("generateBenchDatabase", () => {
  const size = scaledSize(5_000); // 5 organisations (the minimum), 5,000 items, 300 requests, 5 appeals
  const first = path.join(dir, "a.db");
  const result = generateBenchDatabase(first, size);

  it("writes exactly the requested numbers of rows, through the normal migrations", () => {
    expect(size).toEqual({ organizations: 5, items: 5_000, requests: 300, appeals: 5 });
    // 5 bodies × 10 years × (16 codes 2016–2020, 4 codes 2021–2025) statistics
    expect(result.rows).toEqual({ organizations: 5, categories: 20, items: 5_000, requests: 300, appeals: 5, statistics: 5 * (5 * 16 + 5 * 4) });
    const sqlite = new Database(first, { readonly: true });
    const count = (sql: string) => sqlite.prepare(sql).pluck().get();
    expect(count(`SELECT COUNT(*) FROM "Item"`)).toBe(5_000);
    expect(count(`SELECT COUNT(*) FROM "_gongkai_migrations"`)).toBeGreaterThan(0);
    // Every index the migrations define is back after the load.
    expect(count(`SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'Item_status_disclosure_publishedOn_id_idx'`)).toBe(1);
    // The 索引号 sequences continue where the generated numbers end.
    expect(count(`SELECT SUM("last") FROM "IndexSequence"`)).toBe(5_000);
    // Only proactive, published or withdrawn items carry a publication date.
    expect(count(`SELECT COUNT(*) FROM "Item" WHERE "publishedOn" IS NOT NULL AND ("disclosure" <> 'proactive' OR "status" IN ('draft', 'pending_review'))`)).toBe(0);
    sqlite.close();
  });

  it("is deterministic: the same seed gives the same rows, another seed other rows", () => {
    const again = path.join(dir, "b.db");
    const other = path.join(dir, "c.db");
    generateBenchDatabase(again, size);
    generateBenchDatabase(other, size, { seed: 1 });
    expect(digest(again)).toBe(digest(first));
    expect(digest(other)).not.toBe(digest(first));
  });
});
