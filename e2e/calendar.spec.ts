import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./fixtures";

/** A weekday in the weeks ahead, as YYYY-MM-DD: inside the answer period of the seed's fresh requests. */
function weekdayAhead(days: number): string {
  const date = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000);
  while ([0, 6].includes(date.getUTCDay())) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

test("an admin adds a holiday; open requests' deadlines move and their history says so", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/calendar?year=2024");
  const days = page.getByRole("table", { name: "2024年的节假日和调休上班日" });
  await expect(days.getByRole("row", { name: /2024-02-04 星期日 工作日（含调休上班） 春节 国办发明电〔2023〕7号/ })).toBeVisible();
  await expect(days.getByRole("row", { name: /2024-10-12 星期六 工作日（含调休上班） 国庆节/ })).toBeVisible();

  const date = weekdayAhead(7);
  await page.getByLabel("日期").fill(date);
  await page.getByLabel("这一天是").selectOption({ label: "休息日（节假日）" });
  await page.getByLabel("名称").fill("临时调整");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("请填写依据（通知文号）")).toBeVisible();
  await page.getByLabel("依据（通知文号）").fill("测试通知〔2026〕1号");
  await page.getByRole("button", { name: "保存" }).click();
  const status = page.getByRole("main").getByRole("status").filter({ hasText: "答复期限已重新计算" });
  await expect(status).toBeVisible();
  const first = /：(\d{4}-\d{4})/.exec((await status.textContent()) ?? "")?.[1];
  expect(first).toBeTruthy();

  await page.goto(`/admin/calendar?year=${date.slice(0, 4)}`);
  await expect(page.getByRole("row", { name: new RegExp(`${date} .* 休息日（节假日） 临时调整 测试通知`) })).toBeVisible();
  await page.goto("/admin/audit");
  await expect(page.getByText("calendar.create").first()).toBeVisible();

  // The clerk sees the change in the request's history.
  await signOut(page);
  await signIn(page, "clerk");
  await page.goto(`/admin/requests?q=${first}`);
  await page.getByRole("link", { name: first! }).first().click();
  await expect(page.getByRole("table", { name: "办理记录" }).getByRole("cell", { name: "节假日安排调整" })).toBeVisible();
  await expect(page.getByRole("region", { name: "期限计算说明" }).getByText(/节假日安排调整（.*），答复期限由.*调整为/)).toBeVisible();
});
