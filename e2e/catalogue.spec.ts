import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const main = (page: Page) => page.getByRole("main");

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the catalogue pages by keyset, filters by year and genre in the URL, and fits a 375 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/catalogue?year=2023&genre=other");
  await expect(page.getByLabel("年份", { exact: true })).toHaveValue("2023");
  await expect(page.getByLabel("体裁", { exact: true })).toHaveValue("other");
  const results = page.getByRole("list", { name: "检索结果" });
  const firstPage = await results.getByRole("listitem").allInnerTexts();
  expect(firstPage).toHaveLength(20);
  for (const text of firstPage) expect(text).toContain("公开日期：2023-");

  await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/year=2023&genre=other&after=/);
  const secondPage = await results.getByRole("listitem").allInnerTexts();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);

  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await expectAccessible(page);

  await results.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/items\/[a-z0-9]+$/);
  await expect(main(page).getByText("索引号：", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await expectAccessible(page);
});

test("a search with no match says so, and odd input is only text", async ({ page }) => {
  await page.goto(`/catalogue?q=${encodeURIComponent('"OR*" %_ <script>')}`);
  await expect(main(page).getByText("没有符合条件的公开信息。")).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "关键词" })).toHaveValue('"OR*" %_ <script>');
});

test("open data: the JSON catalogue pages with a next link, the Atom feed lists new items", async ({ request }) => {
  const first = await request.get("/api/catalogue?category=civil-affairs");
  expect(first.headers()["content-type"]).toContain("application/json");
  const page1 = (await first.json()) as { total: number; next: string; items: { id: string; category: { code: string } }[] };
  expect(page1.items).toHaveLength(20);
  expect(page1.items.every((i) => i.category.code === "civil-affairs")).toBe(true);
  const page2 = (await (await request.get(page1.next)).json()) as typeof page1;
  expect(page2.total).toBe(page1.total);
  expect(page2.items.filter((i) => page1.items.some((j) => j.id === i.id))).toEqual([]);

  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect(xml.match(/<entry>/g)?.length).toBe(50);
});

test("the navigation's counts follow the search, in the whole catalogue and in a body's section", async ({ page }) => {
  // Exact counts of the demo seed's published items containing 安全生产 (title, 文号, 索引号 or body). Links, not
  // the whole list: e2e/items-admin.spec.ts adds and retires categories.
  const categories = page.getByRole("navigation", { name: "主题分类" });
  const years = page.getByRole("navigation", { name: "公开年份" });
  await page.goto(`/catalogue?org=yongan-sfj`);
  await expect(categories.getByRole("link", { name: "规划计划（1）" })).toBeVisible();

  await page.getByRole("searchbox", { name: "关键词" }).fill("安全生产");
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("共 8 条");
  await expect(categories.getByRole("link", { name: "安全生产、应急管理（6）" })).toBeVisible();
  await expect(categories.getByRole("link", { name: "政策、规范性文件（2）" })).toBeVisible();
  await expect(categories.getByRole("link", { name: "规划计划（0）" })).toBeVisible();
  expect(await years.getByRole("link").allTextContents()).toEqual(["2026（1）", "2023（3）", "2022（2）", "2021（2）"]);
  await expect(page.getByText("匹配结果较多，分类未计数。")).toHaveCount(0);

  // The whole platform: the same search counted over every body.
  await page.goto(`/catalogue?q=${encodeURIComponent("安全生产")}`);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("共 78 条");
  await expect(categories.getByRole("link", { name: "安全生产、应急管理（70）" })).toBeVisible();
  await expect(categories.getByRole("link", { name: "政策、规范性文件（8）" })).toBeVisible();
  await expect(years.getByRole("link", { name: "2019（15）" })).toBeVisible();
});
