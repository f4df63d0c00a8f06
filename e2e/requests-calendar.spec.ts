import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// The shipped holiday notices end with 2026 (lib/calendar/holidays.ts): a request received now is due in 2027 or
// later, a year whose notice is not loaded, so its deadline is only provisional.
test("a deadline in a year without a loaded holiday notice is marked 暂按工作日推算 on the request and in the list", async ({ page }) => {
  await signIn(page, "clerk");
  await page.goto("/admin/requests/new");
  await page.getByLabel("申请渠道").selectOption({ label: "口头提出" });
  await page.getByLabel("姓名").fill("林晓");
  await page.getByLabel("证件号码").fill("350481198503120124");
  await page.getByLabel("联系电话").fill("13905987777");
  await page.getByLabel("所需信息的内容描述").fill("请提供小陶镇2027年春节期间值班安排");
  await page.getByLabel("纸质文本").check();
  await page.getByLabel("当场阅读、抄录").check();
  await page.getByRole("button", { name: "登记申请" }).click();
  await expect(page.getByRole("heading", { name: /^已登记申请 \d{4}-\d{4}$/ })).toBeVisible();
  await page.getByRole("link", { name: "查看并办理" }).click();
  await expect(page.getByText(/答复期限 20\d\d-\d\d-\d\d（还剩 \d+ 个工作日）/)).toBeVisible();
  await expect(page.getByText("暂按工作日推算", { exact: true })).toBeVisible();

  await page.goto(`/admin/requests?q=${encodeURIComponent("2027年春节期间值班安排")}`);
  const row = page.getByRole("row").filter({ hasText: "林晓" }).first();
  await expect(row.getByText("暂按工作日推算", { exact: true })).toBeVisible();
});

test("from 1 November the dashboard says when next year's holiday notice is not loaded", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin");
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); // China time
  const next = Number(today.slice(0, 4)) + 1;
  const notice = page.getByRole("region", { name: `${next} 年节假日安排尚未载入` });
  if (today.slice(5) >= "11-01") {
    await expect(notice).toBeVisible();
    await expect(notice.getByRole("link", { name: "请在工作日历中载入" })).toHaveAttribute("href", "/admin/calendar");
  } else {
    await expect(notice).toHaveCount(0);
  }
});
