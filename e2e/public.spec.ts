import { expect, test } from "@playwright/test";

test("the public home page renders in Chinese with no console errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));

  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const nav = page.getByRole("navigation", { name: "主导航" });
  // 政府网站发展指引 order: 指南, 制度, 法定主动公开内容, 年报, 依申请公开 (and the look-up of an application),
  // after the platform's 机构导航
  await expect(nav.getByRole("link")).toHaveText(["首页", "机构导航", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "申请查询"]);
  await expect(nav.getByRole("link", { name: "首页" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "最新公开信息" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem").first()).toBeVisible();

  await nav.getByRole("link", { name: "政府信息公开指南" }).click();
  await expect(page.getByRole("heading", { name: "政府信息公开指南" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "机构导航" })).toBeVisible();
  expect(errors).toEqual([]);
});
