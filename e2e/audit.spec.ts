import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.81" } });

test("admin filters the audit log and exports it as CSV; the export is audited with the admin's address", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/audit");
  const search = page.getByRole("search", { name: "筛选审计日志" });
  await search.getByLabel("操作", { exact: true }).fill("auth.sign_in");
  await search.getByLabel("操作人").fill("admin");
  await search.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/action=auth.sign_in&actor=admin/);
  const rows = page.getByRole("table", { name: "审计日志" }).getByRole("row");
  await expect(rows.nth(1)).toContainText("auth.sign_in");
  await expect(rows.nth(1)).toContainText("198.51.100.81");
  for (const row of await rows.all()) if (!(await row.getByRole("columnheader").count())) await expect(row).toContainText("admin");

  const download = page.waitForEvent("download");
  await search.getByRole("link", { name: "导出 CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(search.getByRole("status")).toContainText(/已下载（\d+ KB）/);

  await page.goto("/admin/audit?action=audit.export");
  await expect(page.getByRole("table", { name: "审计日志" }).getByRole("row").nth(1)).toContainText("audit.export");

  // a bad filter is explained, not an error page
  await page.goto("/admin/audit?from=2026-02-30");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("筛选条件有误");
});

test("the export refuses anyone but an administrator", async ({ page }) => {
  expect((await page.request.get("/api/admin/audit")).status()).toBe(401);
  await signIn(page, "supervisor");
  const response = await page.request.get("/api/admin/audit");
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ error: "您没有执行此操作的权限。" });
});
