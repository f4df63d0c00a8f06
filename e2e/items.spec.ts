import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, signOut } from "./fixtures";

// Today in China, as the server sees it (成文日期 may not be in the future).
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const main = (page: Page) => page.getByRole("main");

/** Logs a draft through the real form and returns its edit page URL. */
async function logItem(page: Page, title: string, body = "") {
  await page.goto("/admin/items");
  await page.getByRole("link", { name: "登记政府信息" }).click();
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("文号").fill("陶政〔2026〕88号");
  await page.getByLabel("主题分类").selectOption({ label: "安全生产、应急管理" });
  await page.getByLabel("体裁").selectOption({ label: "行政规范性文件" });
  await page.getByLabel("成文日期").fill(today());
  await page.getByLabel("正文").fill(body);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/items\/[a-z0-9]+\?done=created$/);
  await expect(main(page).getByRole("status")).toHaveText("草稿已保存。可以继续修改，或提交审核。");
  // .first(): each run logs the same 文号 again, so the reused-文号 note lists earlier items' 索引号 too.
  await expect(main(page).getByText(/索引号 003680183\/\d{4}-\d{5}/).first()).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

test("a clerk logs a document with an attachment, a supervisor publishes it, the public finds and downloads it", async ({ page }) => {
  const title = `关于开展禁烧巡查工作的通知（${Date.now()}）`;
  await signIn(page, "clerk");
  const editUrl = await logItem(page, title, "今年秋季开展秸秆禁烧巡查。\n由各村网格员负责日常巡查。");

  await page.getByLabel("选择文件").setInputFiles({ name: "巡查安排.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "上传附件" }).click();
  await expect(main(page).getByRole("link", { name: "巡查安排.pdf" })).toBeVisible();

  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "已提交审核" })).toHaveText("已提交审核，等待审核人审核。");
  await expect(main(page).getByText("待审核", { exact: true })).toBeVisible();
  await expect(page.getByLabel("标题")).toHaveCount(0); // no longer editable
  await signOut(page);

  await signIn(page, "supervisor");
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "审核发布" }).click();
  await main(page).getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(editUrl);
  await page.getByRole("button", { name: "审核通过并发布" }).click();
  // Publishing asks first; cancelling changes nothing.
  const confirm = page.getByRole("dialog", { name: "请确认" });
  await expect(confirm).toContainText("确定发布吗？");
  await confirm.getByRole("button", { name: "取消" }).click();
  await expect(main(page).getByText("待审核", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "审核通过并发布" }).click();
  await confirm.getByRole("button", { name: "确定发布" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "已审核发布" })).toHaveText("已审核发布，公众现在可以在网站上看到这条信息。");
  await expect(main(page).getByText("已发布", { exact: true })).toBeVisible();
  await signOut(page);

  // The public catalogue, under its category.
  await page.goto("/catalogue");
  await page.getByRole("navigation", { name: "主题分类" }).getByRole("link", { name: /^安全生产、应急管理/ }).click();
  await expect(page).toHaveURL(/\/catalogue\?category=work-safety$/);
  await expect(main(page).getByRole("link", { name: title })).toBeVisible();

  // Full-text search by a two-character word that only the body contains.
  await page.goto("/catalogue");
  await page.getByRole("searchbox", { name: "关键词" }).fill("秸秆");
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page).toHaveURL(/q=%E7%A7%B8%E7%A7%86/);
  const results = page.getByRole("list", { name: "检索结果" });
  await expect(results.getByRole("link", { name: title })).toBeVisible();
  await expect(results.locator("mark", { hasText: "秸秆" })).toBeVisible();

  // The item page: metadata, body, attachment served as a download.
  await results.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  for (const label of ["索引号：", "主题分类：", "发布机构：", "成文日期：", "文号：", "公开日期：", "有效性："])
    await expect(main(page).getByText(label, { exact: true })).toBeVisible();
  await expect(main(page).getByText("陶政〔2026〕88号").first()).toBeVisible();
  await expect(main(page).getByText("今年秋季开展秸秆禁烧巡查。")).toBeVisible();

  const link = main(page).getByRole("link", { name: "巡查安排.pdf" });
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="____\.pdf"; filename\*=UTF-8''/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await response.body()).equals(PDF)).toBe(true);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("巡查安排.pdf");
});

async function clerkPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "clerk");
  return page;
}

test("an edit made on a stale page is refused and overwrites nothing", async ({ browser }) => {
  const first = await clerkPage(browser);
  const title = `稳定性测试信息（${Date.now()}）`;
  const url = await logItem(first, title);
  const second = await clerkPage(browser);
  await second.goto(url);

  await first.getByLabel("标题").fill(`${title}（第一人修改）`);
  await first.getByRole("button", { name: "保存修改" }).click();
  await expect(main(first).getByRole("status")).toHaveText("已保存。");

  await second.getByLabel("标题").fill(`${title}（第二人修改）`);
  await second.getByRole("button", { name: "保存修改" }).click();
  await expect(main(second).getByRole("alert")).toContainText("该记录已被他人修改，您的修改未保存");

  await second.reload();
  await expect(second.getByLabel("标题")).toHaveValue(`${title}（第一人修改）`);
  await first.context().close();
  await second.context().close();
});

test("bad input is refused with Chinese messages and saves nothing", async ({ page }) => {
  await signIn(page, "clerk");
  await page.goto("/admin/items/new");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(main(page).getByRole("alert")).toHaveText("提交的内容有误，请按提示修改。");
  await expect(main(page).getByText("请填写标题")).toBeVisible();
  await expect(main(page).getByText("请选择主题分类")).toBeVisible();
  await expect(main(page).getByText("请填写成文日期")).toBeVisible();
  await expect(page.getByLabel("标题")).toBeFocused();

  const title = `错误输入测试（${Date.now()}）`;
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("主题分类").selectOption({ label: "规划计划" });
  await page.getByLabel("成文日期").fill("2024-03-10");
  await page.getByLabel("公开日期").fill("2024-03-01");
  await page.getByLabel("公开属性").selectOption({ label: "不予公开" });
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(main(page).getByText("公开日期不能早于成文日期")).toBeVisible();
  await expect(main(page).getByText("不予公开的信息须填写理由")).toBeVisible();
  await expect(page.getByLabel("标题")).toHaveValue(title); // what was typed is kept
  await expect(page.getByLabel("标题")).toHaveAttribute("aria-invalid", "false");
  await expect(page.getByLabel("公开日期")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/admin\/items\/new$/);

  await page.goto("/admin/items");
  await expect(main(page).getByRole("link", { name: title })).toHaveCount(0);

  // Attachments: wrong type (whatever the name says) and oversized files.
  await logItem(page, `附件测试（${Date.now()}）`);
  const file = page.getByLabel("选择文件");
  await file.setInputFiles({ name: "通知.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
  await page.getByRole("button", { name: "上传附件" }).click();
  await expect(main(page).getByText(/^文件 通知\.pdf 的类型不允许，只能上传 PDF/).first()).toBeVisible();
  await file.setInputFiles({ name: "大文件.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]) });
  await page.getByRole("button", { name: "上传附件" }).click();
  await expect(main(page).getByText("文件不能超过 20 MB").first()).toBeVisible();
  await expect(main(page).getByText("暂无附件。")).toBeVisible();

  // A file uploaded by mistake can be removed while the item is a draft.
  await file.setInputFiles({ name: "错传.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "上传附件" }).click();
  await expect(main(page).getByRole("link", { name: "错传.pdf" })).toBeVisible();
  await page.getByRole("button", { name: "删除“错传.pdf”" }).click();
  await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定" }).click();
  await expect(main(page).getByText("暂无附件。")).toBeVisible();
  await expect(main(page).getByRole("cell", { name: "错传.pdf" })).toHaveCount(2); // uploaded, then removed
});
