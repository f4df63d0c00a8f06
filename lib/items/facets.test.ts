import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { catalogueFacetsFor, countSearchFacets } from "./facets";
import { indexPendingPairs } from "./pair-index";

// Facet counts that follow the search: a township (xt) and a bureau (sfj), two current categories and a retired one.
beforeAll(async () => {
  const xt = await db.organization.create({ data: { code: "xt", name: "小陶镇人民政府", indexPrefix: "003680183" } });
  const sfj = await db.organization.create({ data: { code: "sfj", name: "永安市司法局", indexPrefix: "003680047" } });
  const civil = await db.category.create({ data: { code: "civil-affairs", name: "民政", sortOrder: 1 } });
  const finance = await db.category.create({ data: { code: "finance", name: "财政", sortOrder: 2 } });
  const old = await db.category.create({ data: { code: "old", name: "旧分类", sortOrder: 3, retired: true } });
  let n = 0;
  const item = (orgId: string, categoryId: string, publishedOn: string, title: string, over: { status?: string; disclosure?: string; body?: string } = {}) =>
    db.item.create({
      data: {
        orgId,
        categoryId,
        indexNo: `T/${++n}`,
        title,
        body: over.body ?? "",
        genre: "other",
        disclosure: over.disclosure ?? "proactive",
        status: over.status ?? "published",
        createdOn: publishedOn,
        publishedOn,
      },
    });
  await item(xt.id, civil.id, "2023-02-01", "农村低保资金发放情况");
  await item(xt.id, civil.id, "2024-03-01", "城市低保标准调整");
  await item(xt.id, finance.id, "2024-05-01", "财政预算公开", { body: "其中含低保资金 300 万元。" });
  await item(sfj.id, finance.id, "2024-06-01", "司法局低保经费");
  await item(xt.id, civil.id, "2024-07-01", "临时救助名单");
  await item(xt.id, old.id, "2022-01-01", "低保档案");
  // Not in the public catalogue: counted by no search.
  await item(xt.id, civil.id, "2024-08-01", "低保答复", { disclosure: "on_request" });
  await item(xt.id, civil.id, "2024-08-01", "低保草稿", { status: "draft" });
});

const counts = (facets: Awaited<ReturnType<typeof countSearchFacets>>) =>
  facets && {
    categories: facets.categories.map((c) => `${c.name} ${c.count}`),
    years: facets.years.map((y) => `${y.year} ${y.count}`),
  };

describe("countSearchFacets", () => {
  it("counts only the public items matching the search, by category (in sort order) and by year (newest first)", async () => {
    expect(counts(await countSearchFacets(undefined, "低保"))).toEqual({
      categories: ["民政 2", "财政 2", "旧分类 1"],
      years: ["2024 3", "2023 1", "2022 1"],
    });
    expect(counts(await countSearchFacets(undefined, "低保资金"))).toEqual({ categories: ["民政 1", "财政 1"], years: ["2024 1", "2023 1"] });
  });

  it("counts the same after the two-character index has caught up", async () => {
    await db.$transaction((tx) => indexPendingPairs(tx));
    expect(counts(await countSearchFacets(undefined, "低保"))?.categories).toEqual(["民政 2", "财政 2", "旧分类 1"]);
  });

  it("counts one body's items in its section", async () => {
    expect(counts(await countSearchFacets("xt", "低保"))).toEqual({ categories: ["民政 2", "财政 1", "旧分类 1"], years: ["2024 2", "2023 1", "2022 1"] });
    expect(counts(await countSearchFacets("sfj", "低保"))).toEqual({ categories: ["民政 0", "财政 1"], years: ["2024 1"] });
  });

  it("lists current categories with no match at 0, and no year", async () => {
    expect(counts(await countSearchFacets(undefined, "不存在的词"))).toEqual({ categories: ["民政 0", "财政 0"], years: [] });
  });

  it("gives up above the limit, and counts at it", async () => {
    expect(await countSearchFacets(undefined, "低保", 4)).toBeNull();
    expect((await countSearchFacets(undefined, "低保", 5))?.counted).toBe(true);
  });
});

describe("catalogueFacetsFor", () => {
  it("counts the search when there is one", async () => {
    const facets = await catalogueFacetsFor({ q: "经费" });
    expect({ ...counts(facets), counted: facets.counted }).toEqual({ categories: ["民政 0", "财政 1"], years: ["2024 1"], counted: true });
  });
});
