import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { docxTables, xlsxSheets } from "../lib/report/export/read-back";
import { signIn } from "./fixtures";

// The seed township's published 2020 report (the 2019 trial format), as printed: table 二 row by row.
const SEED_TABLE_2: [string, string[]][] = [
  ["规章", ["0", "0", "0"]],
  ["规范性文件", ["0", "0", "0"]],
  ["行政许可", ["0", "11", "0"]],
  ["其他对外管理服务事项", ["0", "64", "0"]],
  ["行政处罚", ["0", "64", "0"]],
  ["行政强制", ["0", "5", "0"]],
  ["行政事业性收费", ["0", "0"]],
  ["政府集中采购", ["0", "0"]],
];

const table = (page: Page, title: string) => page.getByRole("table", { name: title, exact: true });
const rowCells = (scope: Locator, header: string) =>
  scope.getByRole("row").filter({ has: scope.page().getByRole("rowheader", { name: header, exact: true }) }).getByRole("cell");

/** A cell's number; the supervisor's page may add a note for screen readers after it (e.g. a change to explain). */
const number = (value: string) => new RegExp(`^${value}(（.*）)?$`);

/** Tables 二、三、四 of the page equal the seed report's. */
async function expectSeedTables(page: Page) {
  const proactive = table(page, "二、主动公开政府信息情况");
  for (const [label, values] of SEED_TABLE_2) await expect(rowCells(proactive, label)).toHaveText(values.map(number));
  await expect(proactive.getByRole("columnheader", { name: "采购总金额（元）" })).toBeVisible();

  const requests = table(page, "三、收到和处理政府信息公开申请情况");
  await expect(requests.getByText("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")).toBeVisible();
  await expect(requests.getByRole("rowheader", { name: "三、本年度办理结果" })).toHaveAttribute("rowspan", "20");
  for (const label of ["一、本年新收政府信息公开申请数量", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3.危及“三安全一稳定”", "（六）其他处理", "（七）总计", "四、结转下年度继续办理"]) {
    await expect(rowCells(requests, label)).toHaveText(Array(7).fill("0"));
  }
  // 23 rows × 7 columns, every one 0 as in the seed report.
  await expect(requests.getByRole("cell")).toHaveCount(1 + 23 * 7);
  expect(new Set(await requests.locator("td[data-cell]").allTextContents())).toEqual(new Set(["0"]));

  const appeals = table(page, "四、政府信息公开行政复议、行政诉讼情况");
  await expect(appeals.getByRole("columnheader", { name: "未经复议直接起诉" })).toBeVisible();
  await expect(appeals.locator("td[data-cell]")).toHaveText(Array(15).fill("0"));
}

test("supervisor checks the 2020 report (recorded as originally published) against the seed report, edits the text, publishes a new version; the public reads and downloads it", async ({ page }) => {
  test.slow(); // the longest journey: two accessibility scans and three downloads, on a shared 2-core machine
  await signIn(page, "supervisor");
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "年度报告" }).click();
  await expect(page.getByRole("heading", { name: "政府信息公开工作年度报告" })).toBeVisible();
  await page.getByRole("link", { name: "打开 2020 年报告" }).click();
  await expect(page.getByRole("heading", { name: "2020 年政府信息公开工作年度报告" })).toBeVisible();
  await expect(page.getByText(/已发布第 1 版（2021-01-31/)).toBeVisible();

  await expectSeedTables(page);
  const document = page.getByRole("article");
  await expect(document).toContainText("共制作信息16条，其中主动公开信息数16条，占比100%；公开信息中，机构职能类信息3条，占比18.75%");
  await expect(document).toContainText("安全生产、应急管理类信息2条，占比12.5%");
  await expect(document).toContainText("历年累计主动公开信息数378条");
  await expect(page.getByText("✓ 通过：表三勾稽关系：每列第一项加第二项之和等于第三项加第四项之和")).toBeVisible();
  await expect(page.getByRole("region", { name: "统计口径说明" })).toContainText("在办结当年统计");
  const adminAxe = await new AxeBuilder({ page }).include("main").analyze();
  expect(adminAxe.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // Edit part 五.
  await page.getByText("编辑正文").click();
  const problems = "公开内容还不够全面和规范；公开形式需进一步优化。下一步将加大主动公开力度，拓宽公开渠道。";
  await page.getByRole("textbox", { name: "五、存在的主要问题及改进情况" }).fill(problems);
  await page.getByRole("textbox", { name: "六、其他需要报告的事项" }).fill(`无。${"【待填写】"}`);
  await page.getByRole("button", { name: "保存正文" }).click();
  await expect(page.getByText("正文已保存。")).toBeVisible();
  await expect(document).toContainText(problems);

  // Publishing is refused while parts are still to be written, until the check is overridden with a reason.
  const publish = page.getByRole("region", { name: "发布", exact: true });
  await publish.getByRole("button", { name: "发布第 2 版" }).click();
  await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定发布" }).click();
  await expect(publish.getByRole("alert")).toContainText("有未通过的检查");
  await expect(publish.getByText("请填写覆盖理由（至少 4 个字）")).toBeVisible();
  await publish.getByLabel("覆盖理由：正文各部分均已填写").fill("政府信息管理等情况已在其他专题报告中说明");
  await publish.getByRole("button", { name: "发布第 2 版" }).click();
  await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定发布" }).click();
  await expect(publish.getByRole("status")).toHaveText("已发布。公众现在看到的是这一版本。");
  await expect(publish.getByText("已发布。公众现在看到的是这一版本。")).toBeVisible();
  await expect(page.getByText(/已发布第 2 版/).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /正文各部分均已填写：政府信息管理等情况已在其他专题报告中说明/ })).toBeVisible();

  // The public reads the published version.
  await page.goto("/reports");
  await page.getByRole("link", { name: "永安市小陶镇人民政府2020年政府信息公开工作年度报告" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "2020年政府信息公开工作年度报告" })).toBeVisible();
  await expect(page.getByRole("article")).toContainText(problems);
  await expectSeedTables(page);
  const axe = await new AxeBuilder({ page }).include("main").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The downloads open and hold the same cells.
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    return fs.readFileSync((await file.path())!);
  };
  const { tables, xml } = await docxTables(await download("Word（DOCX）"));
  const docxRows = tables.map((rows) => rows.map((row) => row.filter((c) => c.vMerge !== "continue").map((c) => c.text)));
  for (const [label, values] of SEED_TABLE_2) expect(docxRows[0]).toContainEqual([label, ...values]);
  expect(docxRows[1]).toContainEqual(["（六）其他处理", ...Array(7).fill("0")]);
  expect(docxRows[2].at(-1)).toEqual(Array(15).fill("0"));
  expect(xml).toContain(problems);
  expect(xml).toContain("历年累计主动公开信息数378条");

  const sheets = await xlsxSheets(await download("Excel（XLSX）"));
  expect(sheets.map((s) => s.name)).toEqual(["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]);
  for (const [label, values] of SEED_TABLE_2) {
    const row = sheets[0].rows.find((r) => r[0] === label)!;
    expect(row.slice(1, 1 + values.length)).toEqual(values.map(Number));
  }
  const outcomeRow = sheets[1].rows.find((r) => r[1] === "（六）其他处理")!;
  expect(outcomeRow.slice(3)).toEqual(Array(7).fill(0));
});

test("a non-zero cell opens the records behind it", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/admin/reports/2021");
  const proactive = table(page, "二、主动公开政府信息情况");
  await rowCells(proactive, "行政规范性文件").first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: "2021 年报告数据明细" })).toBeVisible();
  await expect(page.getByText("第二十条第（一）项 / 行政规范性文件 / 本年制发件数", { exact: true })).toBeVisible();
  await expect(page.getByText("共 1 条记录")).toBeVisible();
  await expect(page.getByRole("cell", { name: "003680183/2021-00001" })).toBeVisible();
  await page.getByRole("link", { name: "返回 2021 年报告" }).click();
  await expect(page.getByRole("heading", { name: "2021 年政府信息公开工作年度报告" })).toBeVisible();
});

test("the report page fits a 375 px screen and other bodies' drafts stay private", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, "supervisor");
  await page.goto("/admin/reports/2022");
  await expect(page.getByRole("heading", { name: "2022 年政府信息公开工作年度报告" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // The supervisor's own draft downloads; another organisation's draft does not exist for them.
  expect((await page.request.get("/api/reports/xiaotao/2022?format=json&version=draft")).status()).toBe(200);
  expect((await page.request.get("/api/reports/yongan-sfj/2022?format=json&version=draft")).status()).toBe(404);
  expect((await page.request.get("/api/reports/xiaotao/2022?format=pdf")).status()).toBe(400);
});
