import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// The seed enters the 第二十条 statistics for 2021–2025 only: this year's (2026) are 未填报.
test("a report whose statistics are not entered fails its check until they are entered on the 年度统计录入 page", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/admin/reports/2026");
  const failing = page.getByText("✗ 未通过：表二第二十条各项统计均已填报");
  await expect(failing).toBeVisible();
  await expect(page.locator("#checks")).toContainText("未填报：行政许可·本年处理决定数量、行政处罚·本年处理决定数量、行政强制·本年处理决定数量、行政事业性收费·本年收费金额（单位：万元）");

  await page.getByRole("link", { name: "填写年度统计" }).click();
  await expect(page.getByRole("heading", { name: "2026 年年度统计录入" })).toBeVisible();
  await expect(page.getByText("尚有 4 项未填报。")).toBeVisible();
  await page.getByLabel("行政许可：本年处理决定数量", { exact: true }).fill("15");
  await page.getByLabel("来源：行政许可：本年处理决定数量").fill("审批科报表");
  await page.getByLabel("行政处罚：本年处理决定数量", { exact: true }).fill("0");
  await page.getByLabel("行政强制：本年处理决定数量", { exact: true }).fill("0");
  await page.getByLabel("行政事业性收费：本年收费金额（单位：万元）", { exact: true }).fill("1.5");
  await page.getByRole("button", { name: "保存统计" }).click();
  await expect(page.getByRole("status")).toHaveText("统计已保存。");
  await expect(page.getByText("各项均已填报。")).toBeVisible();

  await page.getByRole("link", { name: "返回 2026 年报告" }).click();
  await expect(page.getByText("✓ 通过：表二第二十条各项统计均已填报")).toBeVisible();
  await expect(page.locator('td[data-cell="proactive.licensing.decisions"]')).toHaveText(/^15/); // and a note: 0 last year
});

test("the drill-down of a statistic leads to the 年度统计录入 page", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto(`/admin/reports/2025/cells/${encodeURIComponent("proactive.penalty.decisions")}`);
  await page.getByRole("link", { name: "年度统计录入" }).click();
  await expect(page.getByRole("heading", { name: "2025 年年度统计录入" })).toBeVisible();
  await expect(page.getByText("各项均已填报。")).toBeVisible();
});
