import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

test("a supervisor marks a published item 废止, then withdraws it; the public page follows", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/admin/items?status=published");
  const link = main(page).getByRole("table").getByRole("link").first();
  const title = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const publicUrl = (await main(page).getByRole("link", { name: "查看公开页面" }).getAttribute("href"))!;

  await page.getByLabel("标记为").selectOption({ label: "废止" });
  await page.getByLabel("废止/失效日期").last().fill("2026-01-01");
  await page.getByRole("button", { name: "标记废止/失效" }).click();
  await expect(main(page).getByRole("status")).toHaveText("已标记。");
  await page.goto(publicUrl);
  await expect(main(page).getByText(/本文件已废止（2026-01-01起）/)).toBeVisible();

  await page.goBack();
  await page.getByLabel("撤回理由").fill("内容需重新核对");
  await page.getByRole("button", { name: "撤回" }).click();
  await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定撤回" }).click();
  await expect(main(page).getByText("已撤回", { exact: true })).toBeVisible();
  await expect(main(page).getByRole("cell", { name: "内容需重新核对" })).toBeVisible(); // the history
  await page.goto(publicUrl);
  await expect(main(page).getByText("该信息已撤回，不再公开。撤回原因：内容需重新核对")).toBeVisible();
});

test("a supervisor returns an item with a comment; the clerk sees it", async ({ page }) => {
  await signIn(page, "clerk");
  await page.goto("/admin/items/new");
  const title = `退回测试（${Date.now()}）`;
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("主题分类").selectOption({ label: "机构职能" });
  await page.getByLabel("成文日期").fill("2026-01-05");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(main(page).getByText("待审核", { exact: true })).toBeVisible();
  const url = page.url();
  await signOut(page);

  await signIn(page, "supervisor");
  await page.goto(url);
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(main(page).getByText("请填写退回意见")).toBeVisible();
  await page.getByLabel("退回意见").fill("请补充正文");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(main(page).getByText("草稿", { exact: true })).toBeVisible();
  await signOut(page);

  await signIn(page, "clerk");
  await page.goto(url);
  await expect(main(page).getByRole("note")).toHaveText("退回意见：请补充正文");
  await expect(page.getByLabel("标题")).toBeEditable();
});

test("another organisation's staff cannot open an item", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/admin/items");
  const href = (await main(page).getByRole("table").getByRole("link").first().getAttribute("href"))!;
  await signOut(page);
  await signIn(page, "sfj-clerk");
  const response = await page.goto(href);
  expect(response?.status()).toBe(404);
});

test("categories: the platform administrator adds, renames, reorders and retires them without touching old items", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "主题分类" }).click();
  await page.getByLabel("分类名称").fill("财政信息");
  await page.getByLabel("分类代码").fill("Finance!");
  await page.getByRole("button", { name: "新增分类" }).click();
  await expect(main(page).getByText(/^分类代码须为 2–40 位小写字母/)).toBeVisible();
  await page.getByLabel("分类代码").fill("finance");
  await page.getByRole("button", { name: "新增分类" }).click();
  await expect(main(page).getByRole("cell", { name: "财政信息", exact: true })).toBeVisible();

  await page.getByLabel("“财政信息”的新名称").fill("财政预决算");
  await page.getByRole("button", { name: "重命名“财政信息”" }).click();
  await expect(main(page).getByRole("cell", { name: "财政预决算", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "上移“财政预决算”" }).click();
  const names = main(page).getByRole("row").locator("td:nth-child(2)");
  await expect(names.nth(-2)).toHaveText("财政预决算");

  await page.getByRole("button", { name: "停用“机构职能”" }).click();
  await expect(page.getByRole("button", { name: "恢复“机构职能”" })).toBeVisible();
  await signOut(page);
  await signIn(page, "supervisor");
  await expect(page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "主题分类" })).toHaveCount(0);
  await page.goto("/admin/items/new");
  await expect(page.getByLabel("主题分类").getByRole("option", { name: "机构职能" })).toHaveCount(0);
  await expect(page.getByLabel("主题分类").getByRole("option", { name: "财政预决算" })).toHaveCount(1);
  await page.goto("/catalogue");
  await expect(page.getByRole("navigation", { name: "主题分类" }).getByRole("link", { name: /^机构职能（\d+）$/ })).toBeVisible();

  await page.goto("/admin");
  await signOut(page);
  await signIn(page, "admin");
  await page.goto("/admin/categories");
  await page.getByRole("button", { name: "恢复“机构职能”" }).click();
  await expect(page.getByRole("button", { name: "停用“机构职能”" })).toBeVisible();
});

test("organisation settings: the 索引号 pattern is validated, contact details and guide text reach the guide", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "机关设置" }).click();
  await page.getByLabel("索引号格式").fill("{前缀}/{年份}");
  await page.getByLabel("邮政编码").fill("12345");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(main(page).getByText("索引号格式须包含流水号占位符，如 {5位流水}，且不超过 64 个字符")).toBeVisible();
  await expect(main(page).getByText("邮政编码应为 6 位数字")).toBeVisible();

  await page.getByLabel("索引号格式").fill("{前缀}-{年份}-{4位流水}");
  await page.getByLabel("邮政编码").fill("366025");
  await page.getByLabel("办公时间").fill("工作日 8:00–12:00，14:30–17:30");
  await page.getByLabel("公开指南补充说明").fill("查阅场所：小陶镇便民服务中心一楼政务公开查阅点。");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(main(page).getByRole("status")).toHaveText("已保存。");

  await page.goto("/admin/items/new");
  await page.getByLabel("标题").fill("格式测试");
  await page.getByLabel("主题分类").selectOption({ label: "规划计划" });
  await page.getByLabel("成文日期").fill("2026-01-05");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(main(page).getByText(/索引号 003680183-2026-\d{4}(?!\d)/)).toBeVisible();

  // The body's own guide (the platform's /guide points to each body's).
  await page.goto("/org/xiaotao/guide");
  await expect(main(page).getByText("工作日 8:00–12:00，14:30–17:30")).toBeVisible();
  await expect(main(page).getByText("查阅场所：小陶镇便民服务中心一楼政务公开查阅点。")).toBeVisible();

  // Back to the default pattern, which the other journeys expect.
  await page.goto("/admin/organization");
  await page.getByLabel("索引号格式").fill("{前缀}/{年份}-{5位流水}");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(main(page).getByRole("status")).toHaveText("已保存。");
});

test("the late-publication flag counts working days on the holiday calendar (国庆 2024), on the item and in the list", async ({ page }) => {
  // 成文 Fri 2024-09-27: the 20th working day is Wed 30 Oct (1–7 Oct off, Sun 29 Sep and Sat 12 Oct worked);
  // counting Monday–Friday only would have made it Fri 25 Oct. (2024, not 2020: reports.spec.ts checks 2020's figures.)
  await signIn(page, "clerk");
  for (const [publishedOn, late] of [
    ["2024-10-28", false],
    ["2024-10-31", true],
  ] as const) {
    const title = `国庆期限测试 ${publishedOn}（${Date.now()}）`;
    await page.goto("/admin/items/new");
    await page.getByLabel("标题").fill(title);
    await page.getByLabel("主题分类").selectOption({ label: "规划计划" });
    await page.getByLabel("成文日期").fill("2024-09-27");
    await page.getByLabel("公开日期").fill(publishedOn);
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(main(page).getByText("逾期公开", { exact: true })).toHaveCount(late ? 1 : 0);

    await page.goto("/admin/items?status=draft&year=2024");
    const row = main(page).getByRole("row").filter({ hasText: title });
    await expect(row).toBeVisible();
    await expect(row.getByText("逾期公开", { exact: true })).toHaveCount(late ? 1 : 0);
  }
});
