import { expect, test } from "@playwright/test";
import { queryValue } from "./database";
import { signIn } from "./fixtures";

// Every body under 永安市人民政府, itself included: the seed's seven, and any an earlier test created there.
const countyBodies = async () =>
  Number(
    await queryValue(`WITH RECURSIVE t("id") AS (SELECT "id" FROM "Organization" WHERE "code" = 'yongan'
      UNION ALL SELECT o."id" FROM "Organization" o JOIN t ON o."parentId" = t."id") SELECT count(*) FROM t`),
  );

// The 政务公开办 of 永安市 (the demo account `overseer`, of 永安市人民政府) reads every body of its county and
// changes none of their records.
test("an overseer sees its subtree's console, narrows it, opens a roll-up with a drill-down, and cannot edit an item", async ({ page }) => {
  await page.goto("/catalogue");
  const itemHref = await page.getByRole("list", { name: "检索结果" }).getByRole("link").first().getAttribute("href");
  const itemId = itemHref!.split("/").pop();

  await signIn(page, "overseer");
  await page.getByRole("link", { name: "公开监督" }).click();
  await expect(page.getByRole("heading", { name: "公开监督", level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: /永安市人民政府政务公开监督/ });
  for (const name of ["永安市人民政府", "永安市小陶镇人民政府", "永安市司法局", "永安市西洋镇人民政府"]) {
    await expect(table.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(table.getByRole("row")).toHaveCount(1 + (await countyBodies()));

  // Narrowed to 小陶镇: only its row.
  await page.getByLabel("范围（机关代码）").fill("xiaotao");
  await page.getByLabel("年度").selectOption("2020");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/org=xiaotao/);
  const narrowed = page.getByRole("table", { name: /永安市小陶镇人民政府政务公开监督/ });
  await expect(narrowed.getByRole("row")).toHaveCount(2);
  await expect(narrowed.getByRole("link", { name: "永安市小陶镇人民政府" })).toBeVisible();
  // A body outside the scope is "not found".
  expect((await page.goto("/admin/oversight?org=nobody"))?.status()).toBe(404);

  await page.goto("/admin/oversight?year=2020");
  await page.getByRole("link", { name: /查看永安市人民政府及下级机关的汇总年报（2020年）/ }).click();
  await expect(page.getByRole("heading", { name: "永安市人民政府及下级机关2020年政府信息公开工作年度报告（汇总）" })).toBeVisible();
  // Every non-zero cell links to the bodies behind it (the demo's 2020 figures of table 二 include the statistics).
  await page.getByRole("table", { name: "二、主动公开政府信息情况" }).getByRole("link").first().click();
  const drilldown = page.getByRole("region", { name: /各机关数值/ });
  await expect(drilldown.getByRole("cell", { name: "永安市小陶镇人民政府" })).toBeVisible();
  await expect(drilldown.getByRole("row")).toHaveCount(1 + (await countyBodies()));

  // Read-only: a body's back-office pages are refused.
  await page.goto(`/admin/items/${itemId}`);
  await expect(page).toHaveURL(/\/admin\/denied/);
});
