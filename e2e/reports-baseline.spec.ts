import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE_URL } from "./database";
import { signIn } from "./fixtures";

// A body that adopts Gongkai mid-way: last year's published tables, pasted as report JSON, are what this year's
// 上年结转 starts from. The JSON is the 2025 report as the command line exports it, its carry-over changed as an
// older system would have published it.
test("the 上年基线 refuses bad JSON, then sets this year's 上年结转 from last year's 结转下年度", async ({ page }) => {
  const exported = execFileSync("npx", ["tsx", "scripts/report.ts", "--org", "xiaotao", "--year", "2025", "--format", "json"], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
  }).toString();
  const report = JSON.parse(exported);
  const carriedOut: Record<string, number> = report.requests.carried_out;
  for (const column of Object.keys(carriedOut)) carriedOut[column] += 7;

  await signIn(page, "supervisor");
  await page.goto("/admin/reports/2026");
  await page.getByRole("link", { name: "2025 年报告基线" }).click();
  await expect(page.getByRole("heading", { name: "2025 年报告基线" })).toBeVisible();
  await expect(page.getByText("尚未录入。")).toBeVisible();

  const content = page.getByLabel("2025 年报告数据（报告 JSON）");
  await content.fill("{ 不是 JSON");
  await page.getByLabel("数据来源").fill("永安市人民政府网站 2025 年年报");
  await page.getByRole("button", { name: "保存上年基线" }).click();
  await expect(page.getByText("上年报告数据有误：不是有效的 JSON")).toBeVisible();
  await page.reload();
  await expect(page.getByText("尚未录入。")).toBeVisible();

  await content.fill(JSON.stringify(report));
  await page.getByLabel("数据来源").fill("永安市人民政府网站 2025 年年报");
  await page.getByRole("button", { name: "保存上年基线" }).click();
  await expect(page.getByRole("status")).toHaveText("上年基线已保存。");
  await expect(page.getByText(/已录入（.*来源：永安市人民政府网站 2025 年年报）/)).toBeVisible();

  await page.getByRole("link", { name: "返回 2026 年报告" }).click();
  for (const [column, value] of Object.entries(carriedOut))
    await expect(page.locator(`td[data-cell="requests.carried_in.${column}"]`)).toHaveText(new RegExp(`^${value}(\\D|$)`));
});
