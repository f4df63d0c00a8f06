import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importInterchange, loadKnownCodes, validateInterchange } from "@/lib/interchange/import";
import { buildReport } from "./build";
import { drilldown } from "./drilldown";

// Items logged in the web form carry a workflow status. A draft or an item waiting for review may already have
// a 公开日期 (the date the clerk plans) and a 成文日期, a discarded draft too, but the report counts only approved
// items (REPORTED_ITEM_STATUSES) — published, or published and later withdrawn — in every measure: 制作/制发,
// 公开, 现行有效.
const STATUSES = ["draft", "pending_review", "published", "withdrawn", "discarded"] as const;

beforeAll(async () => {
  const file = {
    version: 1,
    organizations: [{ code: "t", name: "测试镇人民政府", indexPrefix: "T01" }],
    categories: [{ code: "policy", name: "政策文件" }],
    items: STATUSES.map((status) => ({
      org: "t",
      title: status,
      category: "policy",
      genre: "normative",
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

it("counts only the published and the withdrawn item, as made, published and in force", async () => {
  const report = (await buildReport("t", 2022))!;
  expect(report.proactive.normative).toEqual({ issued: 2, abolished: 0, in_force: 2 });
  expect(report.summary).toMatchObject({
    itemsCreated: 2,
    itemsProactive: 2,
    itemsPublished: 2,
    itemsPublishedCumulative: 2,
    byCategory: [{ category: "policy", name: "政策文件", count: 2, percent: 100 }],
  });
});

it("lists the same two items behind the cells", async () => {
  const org = await db.organization.findUniqueOrThrow({ where: { code: "t" } });
  for (const key of ["summary.itemsPublished", "summary.itemsCreated"]) {
    const cell = await drilldown(org.id, 2022, key);
    if (cell?.kind !== "items") throw new Error("expected items");
    expect(cell.records.map((item) => item.title).sort(), key).toEqual(["published", "withdrawn"]);
  }
});
