import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";

// Issue 18: daily work that feels finished — for clerks, supervisors and citizens on a phone.

const main = (page: Page) => page.getByRole("main");

test("a clerk finds items by 文号 and 索引号, is warned of a reused 文号 and of a too-long title", async ({ page }) => {
  await signIn(page, "clerk");
  await expect(page.getByRole("banner")).toContainText("永安市小陶镇人民政府");

  await page.goto("/admin/items");
  const search = page.getByRole("search", { name: "搜索和筛选" });
  await search.getByLabel("关键词").fill("陶政〔2021〕1号");
  await search.getByRole("button", { name: "搜索" }).click();
  const found = page.getByRole("table", { name: "包含“陶政〔2021〕1号”的政府信息" });
  await expect(found.getByRole("row")).toHaveCount(2);
  await expect(found).toContainText("陶政〔2021〕1号");
  const first = found.getByRole("link").first();
  const firstTitle = (await first.textContent())!;
  await page.goto("/admin/items?q=003680183%2F2021-00001");
  await expect(page.getByRole("table", { name: /^包含/ }).getByRole("link")).toHaveText([firstTitle]);
  await page.goto("/admin/items?q=没有这样的信息标题");
  await expect(main(page).getByText("没有找到包含“没有这样的信息标题”的政府信息。")).toBeVisible();

  await page.goto("/admin/items/new");
  const title = page.getByLabel("标题");
  await title.fill("长".repeat(201));
  await expect(main(page).getByText("最多 200 个字，已输入 201 个字，超出 1 个字")).toBeVisible();
  await page.getByLabel("文号").fill("陶政〔2021〕1号");
  await page.getByLabel("主题分类").selectOption({ label: "机构职能" });
  await page.getByLabel("成文日期").fill("2026-01-05");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(main(page).getByText("标题不能超过 200 个字")).toBeVisible();
  await title.fill(`文号重复测试（${Date.now()}）`);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(main(page).getByRole("status")).toHaveText("草稿已保存。可以继续修改，或提交审核。");
  const note = main(page).getByRole("note").filter({ hasText: "文号重复" });
  await expect(note).toContainText("本机关已有 1 条信息使用文号“陶政〔2021〕1号”");
  await expect(note.getByRole("link", { name: firstTitle })).toBeVisible();
});

test("a supervisor edits linked figures as chips and opens the records behind a cell", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/admin/reports/2021");
  await page.getByText("编辑正文").click();
  const proactive = page.getByRole("group", { name: "一、总体情况（一）主动公开" });
  const unlink = proactive.getByRole("button", { name: /^取消关联 \d+（summary\.itemsCreated）/ });
  await expect(unlink).toBeVisible();
  // The figure is not inside any text box, so typing cannot break it.
  for (const box of await proactive.getByRole("textbox").all()) expect(await box.inputValue()).not.toContain("{{");
  const boxes = await proactive.getByRole("textbox").count();
  await unlink.click();
  await expect(proactive.getByRole("textbox")).toHaveCount(boxes - 1);
  await expect(proactive.getByRole("button", { name: /（summary\.itemsCreated）/ })).toHaveCount(0);

  const proactiveTable = page.getByRole("table", { name: "二、主动公开政府信息情况", exact: true });
  await proactiveTable.getByRole("row").filter({ hasText: "行政规范性文件" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "2021 年报告数据明细" })).toBeVisible();
  const record = page.getByRole("table").getByRole("link").first();
  const name = (await record.textContent())!;
  await record.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});

test("on a phone, a citizen reads the 2020 report as originally published and is told the table scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/reports");
  const link = page.getByRole("link", { name: "永安市小陶镇人民政府2020年政府信息公开工作年度报告" });
  await expect(link).toBeVisible();
  await link.click();
  const article = page.getByRole("article");
  await expect(page.getByText(/发布于 2021-01-31/)).toBeVisible();
  await expect(article).toContainText("《福建省政府信息公开办法》（以下简称《办法》）");
  await expect(article.getByRole("heading", { name: "（四）重点工作完成情况" })).toBeVisible();
  await expect(article).toContainText("全年主动公开信息 14 条");
  const region = page.getByRole("region", { name: "三、收到和处理政府信息公开申请情况（表格，可横向滚动）" });
  await expect(region).toHaveAttribute("tabindex", "0");
  const hint = "表格较宽，数字在右侧：请左右滑动表格查看（键盘可用方向键）。";
  await expect(region).toHaveAccessibleDescription(hint);
  await expect(page.getByText(hint).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("small things: the favicon, the 指南's paragraphs", async ({ page }) => {
  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/");
  await page.goto("/guide");
  await expect(main(page)).toContainText("财政预决算等政府信息，自信息形成或者变更之日起20个工作日内公开。公开信息按主题分类编排");
});
