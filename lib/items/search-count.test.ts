import { beforeAll, describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { countSearchFacets } from "./facets";
import { listCatalogue } from "./queries";
import { queryPairIndex } from "./search-sql";

// The count limit of a search: 1,000 when PostgreSQL's pair index answers it ("超过 1000 条", facets not counted),
// 10,000 on SQLite, as before. 1,001 published items contain 防汛工作, one more is a draft.
beforeAll(async () => {
  const org = await db.organization.create({ data: { code: "xt", name: "小陶镇人民政府", indexPrefix: "003680183" } });
  const category = await db.category.create({ data: { code: "flood", name: "防汛", sortOrder: 1 } });
  const item = (n: number, status = "published") => ({
    orgId: org.id,
    categoryId: category.id,
    indexNo: `T/${n}`,
    title: `第${n}号防汛工作通知`,
    genre: "other",
    disclosure: "proactive",
    status,
    createdOn: "2024-06-01",
    publishedOn: "2024-06-01",
  });
  await db.item.createMany({ data: [...Array.from({ length: 1001 }, (_, i) => item(i + 1)), item(1002, "draft")] });
});

describe("the count of a search", () => {
  it("stops at 1,000 on PostgreSQL and at 10,000 on SQLite", async () => {
    const page = await listCatalogue({ q: "防汛工作" });
    expect(page.rows).toHaveLength(20);
    expect(page.next).not.toBeNull();
    const facets = await countSearchFacets(undefined, "防汛工作");
    if (dbProvider === "postgresql") {
      expect({ total: page.total, more: page.more }).toEqual({ total: 1000, more: true });
      expect(facets).toBeNull();
    } else {
      expect({ total: page.total, more: page.more }).toEqual({ total: 1001, more: false });
      expect(facets?.categories.map((c) => c.count)).toEqual([1001]);
    }
  });

  it("counts exactly up to the limit", async () => {
    await db.item.updateMany({ where: { indexNo: "T/1001" }, data: { status: "draft" } });
    const page = await listCatalogue({ q: "防汛工作" });
    expect({ total: page.total, more: page.more }).toEqual({ total: 1000, more: false });
    expect((await countSearchFacets(undefined, "防汛工作"))?.years).toEqual([{ year: 2024, count: 1000 }]);
  });
});

it.skipIf(dbProvider !== "postgresql")("the pair index's statements run with their own settings, which end with them (PostgreSQL)", async () => {
  const settings = Prisma.sql`SELECT current_setting('work_mem') AS "workMem", current_setting('max_parallel_workers_per_gather') AS "workers", current_setting('jit') AS "jit"`;
  expect(await queryPairIndex(settings)).toEqual([{ workMem: "64MB", workers: "0", jit: "off" }]);
  // SET LOCAL: the pooled connections keep the server's settings for every other statement
  const after = await Promise.all(Array.from({ length: 12 }, () => db.$queryRaw<{ workMem: string }[]>(settings)));
  expect(after.every(([row]) => row.workMem !== "64MB")).toBe(true);
});
