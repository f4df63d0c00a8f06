import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importInterchange, loadKnownCodes, validateInterchange } from "@/lib/interchange/import";
import { buildReport } from "./build";
import { drilldown } from "./drilldown";

// Items logged in the web form carry a workflow status. A draft or an item waiting for review may already have
// a 公开日期 (the date the clerk plans), but only items that went out — published, or published and later
// withdrawn — count as published in the annual report; every item counts as 制作 in the year it was made.
const STATUSES = ["draft", "pending_review", "published", "withdrawn"] as const;

beforeAll(async () => {
  const file = {
    version: 1,
    organizations: [{ code: "t", name: "测试镇人民政府", indexPrefix: "T01" }],
    categories: [{ code: "policy", name: "政策文件" }],
    items: STATUSES.map((status) => ({
      org: "t",
      title: status,
      category: "policy",
      genre: "other",
      disclosure: "proactive",
      createdOn: "2022-03-01",
      publishedOn: "2022-03-02",
      abolishedOn: null,
      channels: ["website"],
    })),
  };
  const result = validateInterchange(file, await loadKnownCodes());
  if (!result.ok) throw new Error(result.errors.join("\n"));
  await importInterchange(result.file, { dryRun: false });
  for (const status of STATUSES) await db.item.updateMany({ where: { title: status }, data: { status } });
});

it("counts as published only the published and the withdrawn item", async () => {
  const report = (await buildReport("t", 2022))!;
  expect(report.summary).toMatchObject({
    itemsCreated: 4,
    itemsProactive: 4,
    itemsPublished: 2,
    itemsPublishedCumulative: 2,
    byCategory: [{ category: "policy", name: "政策文件", count: 2, percent: 100 }],
  });
});

it("lists the same two items behind the cell", async () => {
  const org = await db.organization.findUniqueOrThrow({ where: { code: "t" } });
  const cell = await drilldown(org.id, 2022, "summary.itemsPublished");
  if (cell?.kind !== "items") throw new Error("expected items");
  expect(cell.records.map((item) => item.title).sort()).toEqual(["published", "withdrawn"]);
});
