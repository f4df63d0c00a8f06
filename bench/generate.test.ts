import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { generateBenchDatabase, makeOrgs, scaledSize } from "./generate";
import { seededRandom } from "./random";

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

describe("makeOrgs", () => {
  it("makes the province's 3,000 bodies a tree: province → 12 cities → 48 counties → departments and townships", () => {
    const orgs = makeOrgs(3_000, seededRandom(1));
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const kinds = (list: typeof orgs) => list.reduce<Record<string, number>>((n, o) => ({ ...n, [o.kind]: (n[o.kind] ?? 0) + 1 }), {});
    expect(orgs).toHaveLength(3_000);
    expect(kinds(orgs.filter((o) => o.parentId === null))).toEqual({ provincial_government: 1 });
    expect(kinds(orgs.filter((o) => o.parentId === orgs[0].id))).toMatchObject({ city_government: 12 });
    expect(kinds(orgs)).toMatchObject({ provincial_government: 1, city_government: 12, county_government: 48 });
    // Every body's parent is a government one level up (a township's is its county), and its name says where it is.
    for (const org of orgs.slice(61)) {
      const parent = byId.get(org.parentId!)!;
      const expected = { province: "provincial_government", city: "city_government", county: "county_government", township: "county_government" }[org.level];
      expect(parent.kind, org.name).toBe(expected);
      const place = parent.name.replace("人民政府", ""); // 江宁市 or 江宁市东山县
      const prefix = org.level === "township" ? place.slice(place.indexOf("市") + 1) : org.level === "province" ? "安澜省" : place;
      expect(org.name.startsWith(prefix), `${org.name} under ${parent.name}`).toBe(true);
    }
  });
});
