import { expect, test } from "@playwright/test";

// The consolidated platform from a citizen's side: the demo's county (永安市人民政府) holds its departments and
// townships, each with its own section.
test("on a phone a citizen finds 司法局 in 机构导航, reads its catalogue, guide and reports, and applies to it", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "机构导航" }).click();
  await expect(page.getByRole("heading", { name: "机构导航", level: 1 })).toBeVisible();
  // The roots first, then a node's children grouped by kind.
  // Not a fixed count: e2e/org-admin.spec.ts adds a body under the county.
  await page.getByRole("link", { name: /^下级机构（\d+）$/ }).click();
  await expect(page.getByRole("heading", { name: "永安市人民政府 · 下级机构" })).toBeVisible();
  await expect(page.getByRole("region", { name: "乡镇/街道" }).getByRole("link", { name: "永安市小陶镇人民政府" })).toBeVisible();
  await expect(page.getByRole("region", { name: "部门" }).getByRole("link", { name: "永安市司法局" })).toBeVisible();

  await page.getByLabel("查找机构").fill("司法");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("找到 1 个机构");
  await page.getByRole("link", { name: "永安市司法局" }).click();
  await expect(page.getByRole("heading", { name: "永安市司法局", level: 1 })).toBeVisible();
  await expect(page.getByText("上级：永安市人民政府")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // Its catalogue lists only its own items: every 索引号 carries its prefix.
  const sections = page.getByRole("navigation", { name: "本机关信息公开" });
  await sections.getByRole("link", { name: "政府信息公开目录" }).click();
  await expect(page.getByRole("heading", { name: /^永安市司法局 政府信息公开目录/ })).toBeVisible();
  const results = page.getByRole("list", { name: "检索结果" });
  const indexNos = await results.getByText(/^索引号：/).allTextContents();
  expect(indexNos.length).toBeGreaterThan(0);
  for (const text of indexNos) expect(text).toMatch(/^索引号：003680047\//);
  // A search stays within the body.
  await page.getByLabel("关键词").fill("安全");
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page).toHaveURL(/org=yongan-sfj/);
  for (const text of await results.getByText(/^索引号：/).allTextContents()) expect(text).toMatch(/^索引号：003680047\//);

  await page.getByRole("link", { name: "永安市司法局" }).first().click();
  await sections.getByRole("link", { name: "政府信息公开指南" }).click();
  await expect(page.getByRole("heading", { name: "永安市司法局政府信息公开指南" })).toBeVisible();
  await expect(page.getByText("市司法局办公室")).toBeVisible();

  await page.getByRole("link", { name: "永安市司法局" }).first().click();
  await sections.getByRole("link", { name: "政府信息公开年报" }).click();
  await expect(page.getByRole("heading", { name: "永安市司法局 政府信息公开工作年度报告" })).toBeVisible();

  await page.getByRole("link", { name: "永安市司法局" }).first().click();
  await sections.getByRole("link", { name: "依申请公开" }).click();
  await expect(page.getByRole("heading", { name: "受理机关：永安市司法局" })).toBeVisible();
  await expect(page.getByLabel("受理机关")).toHaveValue(/.+/);
  await page.getByLabel("公民").check();
  await page.getByLabel("姓名").fill("郑小华");
  await page.getByLabel("证件号码").fill("350481200002140119");
  await page.getByLabel("联系电话").fill("13712345678");
  await page.getByLabel("所需信息的内容描述").fill("市司法局2026年法律援助案件办理数量");
  await page.getByLabel("电子数据").check();
  await page.getByLabel("自行领取").check();
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByRole("heading", { name: "申请已提交" })).toBeVisible();
  await expect(page.getByText("永安市司法局").first()).toBeVisible();
});

test("/apply without a body asks for one first and finds it by name", async ({ page }) => {
  await page.goto("/apply");
  await expect(page.getByLabel("姓名")).toHaveCount(0);
  await page.getByLabel("受理机关名称").fill("小陶");
  await page.getByRole("button", { name: "查找" }).click();
  await page.getByRole("link", { name: "向永安市小陶镇人民政府申请" }).click();
  await expect(page.getByRole("heading", { name: "受理机关：永安市小陶镇人民政府" })).toBeVisible();
  await expect(page.getByLabel("姓名")).toBeVisible();
});
