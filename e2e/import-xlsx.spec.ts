import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import fs from "node:fs/promises";
import { signIn } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

/** Fills the downloaded template's data sheet as a user would: by column header, from row 2. */
async function fill(template: Buffer, sheetName: string, rows: Record<string, string>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName)!;
  const columnOf = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => columnOf.set(String(cell.value), col));
  rows.forEach((values, i) => {
    for (const [header, value] of Object.entries(values)) sheet.getRow(i + 2).getCell(columnOf.get(header)!).value = value;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("a clerk downloads the item template, uploads 3 good and 2 bad rows, previews, and imports only the 3", async ({ page }) => {
  const run = Date.now().toString(36);
  const good = (title: string, createdOn: string) => ({ 标题: `${title}（${run}）`, 主题分类: "机构职能", 体裁: "其他", 公开属性: "主动公开", 成文日期: createdOn, 有效性: "有效" });

  await signIn(page, "clerk");
  await page.goto("/admin/items");
  await main(page).getByRole("link", { name: "从 Excel 导入" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "从 Excel 导入政府信息" })).toBeVisible();

  const downloading = page.waitForEvent("download");
  await main(page).getByRole("link", { name: "下载政府信息导入模板（.xlsx）" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("政府信息导入模板.xlsx");
  const template = await fs.readFile((await download.path())!);

  const file = await fill(template, "政府信息", [
    good("导入测试甲", "2026-01-05"),
    { ...good("", "2026-01-06"), 标题: "" },
    good("导入测试乙", "2026-02-01"),
    { ...good("导入测试错", "2026-02-30"), 体裁: "通知" },
    good("导入测试丙", "2025-12-31"),
  ]);
  await page.getByLabel("Excel 文件（.xlsx）").setInputFiles({ name: "导入.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: file });
  await page.getByRole("button", { name: "检查文件" }).click();

  await expect(main(page).getByRole("status").filter({ hasText: "共 5 行" })).toHaveText("导入.xlsx：共 5 行，3 行可以导入，2 行有错误。");
  const errors = main(page).getByRole("table", { name: "有错误的 2 行" });
  await expect(errors.getByRole("row")).toHaveText([
    "行号列错误",
    "第 3 行标题请填写标题",
    "第 5 行体裁“通知”不是可选的体裁，可选：规章、行政规范性文件、其他",
    "第 5 行成文日期成文日期不是有效日期（YYYY-MM-DD）",
  ]);
  await expect(main(page).getByRole("table", { name: "将要导入的 3 行" }).getByRole("row")).toHaveCount(4);

  await page.getByRole("button", { name: "确认导入 3 行" }).click();
  await expect(page.getByRole("heading", { name: "已导入 3 条政府信息" })).toBeVisible();
  await expect(main(page).getByRole("progressbar", { name: "已导入 3 条政府信息" })).toHaveAttribute("value", "3");
  await expect(main(page).getByRole("table", { name: "导入的记录" }).getByRole("link")).toHaveCount(3);

  await page.goto(`/admin/items?q=${run}`);
  await expect(main(page).getByRole("link", { name: new RegExp(`导入测试.（${run}）`) })).toHaveCount(3);
  await expect(main(page).getByText(`导入测试错（${run}）`)).toHaveCount(0);
});

test("a clerk imports requests from the template: the good rows are logged with numbers and their clock, the bad one is listed", async ({ page }) => {
  const run = Date.now().toString(36);
  const person = (name: string, receivedOn: string) => ({
    申请渠道: "当面提交",
    收到申请之日: receivedOn,
    申请人类型: "公民",
    姓名或名称: name,
    证件类型: "居民身份证",
    证件号码: "11010519491231002X",
    联系电话: "13800138000",
    所需信息的内容描述: `2025年农村低保资金发放明细（${run}）`,
    信息的提供形式: "纸质文本",
    获取信息的方式: "自行领取",
  });

  await signIn(page, "clerk");
  await page.goto("/admin/requests");
  await main(page).getByRole("link", { name: "从 Excel 导入" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "从 Excel 导入政府信息公开申请" })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await main(page).getByRole("link", { name: "下载申请导入模板（.xlsx）" }).click();
  const template = await fs.readFile((await (await downloading).path())!);

  const file = await fill(template, "依申请公开", [person("张导入", "2026-01-05"), person("李导入", "2099-01-01"), person("王导入", "2026-01-06")]);
  await page.getByLabel("Excel 文件（.xlsx）").setInputFiles({ name: "申请.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: file });
  await page.getByRole("button", { name: "检查文件" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "共 3 行" })).toHaveText("申请.xlsx：共 3 行，2 行可以导入，1 行有错误。");
  await expect(main(page).getByRole("table", { name: "有错误的 1 行" }).getByRole("row")).toHaveText(["行号列错误", "第 3 行收到申请之日收到申请之日不能晚于今天"]);

  await page.getByRole("button", { name: "确认导入 2 行" }).click();
  await expect(page.getByRole("heading", { name: "已导入 2 件申请" })).toBeVisible();
  const created = main(page).getByRole("table", { name: "导入的记录" }).getByRole("link");
  await expect(created).toHaveCount(2);
  await created.first().click();
  await expect(main(page).getByText("张导入")).toBeVisible();
  await expect(main(page).getByText("2026-01-05").first()).toBeVisible();

  await page.goto(`/admin/requests?q=${encodeURIComponent("李导入")}`);
  await expect(main(page).getByText("李导入")).toHaveCount(0);
});
