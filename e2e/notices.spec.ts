import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { queryValue } from "./database";
import { signIn, signOut } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

/** A 小陶镇 request of the demo data that the clock has received (the notices read its dates), with no fee recorded. */
const demoRequest = async () =>
  String(
    await queryValue(
      `SELECT r."id" FROM "DisclosureRequest" r JOIN "Organization" o ON o."id" = r."orgId" WHERE o."code" = 'xiaotao' AND r."status" = 'received' AND r."receivedOn" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "RequestFee" f WHERE f."requestId" = r."id") ORDER BY r."number" DESC LIMIT 1`,
    ),
  );

const NOTICES = [
  "政府信息公开申请登记回执",
  "政府信息公开申请补正告知书",
  "政府信息公开申请延期答复告知书",
  "政府信息公开第三方意见征询书",
  "政府信息公开信息处理费收费通知书",
  "政府信息公开申请答复书",
];

test("a clerk opens each 文书 of a request, edits and sends the 答复书, prints it and downloads it as DOCX", async ({ page }) => {
  test.slow(); // six notices, a download and a print page on a shared machine
  const id = await demoRequest();
  await signIn(page, "clerk");
  await page.goto(`/admin/requests/${id}`);
  const applicant = (await main(page).getByRole("region", { name: "申请信息" }).locator("dd").nth(1).textContent())!.replace(/（.*$/, "");

  for (const title of NOTICES) {
    await main(page).getByRole("region", { name: "文书" }).getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`（申请 \\d{4}-\\d{4}）`) })).toBeVisible();
    const text = page.getByLabel("文书内容");
    await expect(text).toHaveValue(new RegExp(title === "政府信息公开第三方意见征询书" ? "第三十二条" : `^${applicant}：`));
    await page.getByRole("link", { name: "返回申请" }).click();
  }

  // The fee calculator fills the 收费通知书: 120 pages → 0 + 70 × 10 + 20 × 20 = 1100 元.
  await main(page).getByRole("region", { name: "文书" }).getByRole("link", { name: "政府信息公开信息处理费收费通知书" }).click();
  await page.getByLabel("计收方式").selectOption({ label: "按量计收" });
  await page.getByLabel("本件申请的件数或页数").fill("120");
  await page.getByRole("button", { name: "计算" }).click();
  await expect(main(page).getByText("应收金额：1100.00元（120页）")).toBeVisible();
  await expect(page.getByLabel("文书内容")).toHaveValue(/应缴金额：1100\.00元。/);
  await page.getByRole("link", { name: "返回申请" }).click();

  // The 答复书 of 不予公开 (第三方合法权益): its article and the 复议前置 remedy; the clerk edits and sends it.
  await main(page).getByRole("region", { name: "文书" }).getByRole("link", { name: "政府信息公开申请答复书" }).click();
  await page.getByLabel("答复类型").selectOption({ value: "withheld.third_party" });
  await page.getByRole("button", { name: "换用此模板" }).click();
  await expect(page.getByLabel("文书标题")).toHaveValue("政府信息不予公开告知书");
  const text = page.getByLabel("文书内容");
  await expect(text).toHaveValue(/《中华人民共和国政府信息公开条例》第十五条/);
  await expect(text).toHaveValue(/《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，应当先自收到本答复之日起六十日内向永安市人民政府申请行政复议/);
  const edited = (await text.inputValue()).replace("【具体理由】", "该信息含有第三方的商业秘密，第三方不同意公开。");
  await text.fill(edited);
  await page.getByRole("button", { name: "发出文书" }).click();
  await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "发出" }).click();

  // Back on the request: the frozen text in 办理记录.
  await expect(page.getByRole("heading", { level: 1, name: /^申请 \d{4}-\d{4}$/ })).toBeVisible();
  const history = main(page).getByRole("table", { name: "办理记录" });
  await expect(history.getByRole("cell", { name: "发出文书" })).toBeVisible();
  await expect(history.getByText(/《政府信息不予公开告知书》；[\s\S]*该信息含有第三方的商业秘密，第三方不同意公开。/)).toBeVisible();

  // Print and DOCX carry the text as sent.
  await main(page).getByRole("region", { name: "文书" }).getByRole("link", { name: "政府信息公开申请答复书" }).click();
  await expect(main(page).getByRole("region", { name: "已发出的文书" }).getByText(/该信息含有第三方的商业秘密/)).toBeVisible();
  const printUrl = (await page.getByRole("link", { name: "打印" }).getAttribute("href"))!;
  const print = await page.request.get(printUrl);
  expect(print.headers()["content-type"]).toContain("text/html");
  const html = await print.text();
  expect(html).toContain("<h1>政府信息不予公开告知书</h1>");
  expect(html).toContain("该信息含有第三方的商业秘密，第三方不同意公开。");
  expect(html).toContain("@media print");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 DOCX" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^政府信息不予公开告知书-\d{4}-\d{4}\.docx$/);
  const docx = fs.readFileSync((await download.path())!);
  expect(docx.subarray(0, 2).toString()).toBe("PK"); // a zip: the Office Open XML package
});

test("a 解读 and its policy link each other on the admin and the public pages", async ({ page }) => {
  test.slow();
  const policyIndexNo = String(
    await queryValue(
      `SELECT i."indexNo" FROM "Item" i JOIN "Organization" o ON o."id" = i."orgId" WHERE o."code" = 'xiaotao' AND i."genre" = 'normative' AND i."status" = 'published' AND i."disclosure" = 'proactive' ORDER BY i."indexNo" DESC LIMIT 1`,
    ),
  );
  const policyId = String(await queryValue(`SELECT "id" FROM "Item" WHERE "indexNo" = '${policyIndexNo}'`));
  const policyTitle = String(await queryValue(`SELECT "title" FROM "Item" WHERE "id" = '${policyId}'`));
  const title = `政策解读测试（${Date.now()}）`;

  await signIn(page, "clerk");
  await page.goto("/admin/items/new");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("主题分类").selectOption({ label: "政策、规范性文件" });
  await page.getByLabel("成文日期").fill("2026-01-05");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await page.getByLabel("本信息解读的政策文件（索引号）").fill(policyIndexNo);
  await page.getByRole("button", { name: "保存解读关联" }).click();
  const section = main(page).getByRole("region", { name: "政策解读" });
  await expect(section.getByRole("link", { name: policyTitle })).toBeVisible();
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(main(page).getByText("待审核", { exact: true })).toBeVisible();
  const url = page.url();
  await signOut(page);

  await signIn(page, "supervisor");
  await page.goto(`/admin/items/${policyId}`);
  await expect(main(page).getByRole("region", { name: "政策解读" }).getByRole("link", { name: title })).toBeVisible();
  await page.goto(url);
  await page.getByRole("button", { name: "审核通过并发布" }).click();
  await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定发布" }).click();
  await expect(main(page).getByText("已发布", { exact: true })).toBeVisible();
  await signOut(page);

  // The public pages, both ways.
  await page.goto(`/items/${policyId}`);
  await main(page).getByRole("region", { name: "相关政策与解读" }).getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await main(page).getByRole("region", { name: "相关政策与解读" }).getByRole("link", { name: policyTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: policyTitle })).toBeVisible();
});

test("three applicants ask for the same information; the clerk turns it into a draft for proactive disclosure", async ({ page }) => {
  test.slow(); // three intakes
  const stamp = Date.now() % 100000;
  const subject = `小陶镇${stamp}号公共停车场建设项目环境影响评价文件`;
  const applicants = [
    ["周晓东", "350481198503120124", "13905981231", `请公开${subject}`],
    ["许丽清", "350481199001010026", "13905981232", `申请公开${subject}全文`],
    ["蔡志强", "35048119780606003X", "13905981233", `${subject}及其批复`],
  ];
  await signIn(page, "clerk");
  for (const [name, idNumber, phone, description] of applicants) {
    await page.goto("/admin/requests/new");
    await page.getByLabel("申请渠道").selectOption({ label: "当面提交" });
    await page.getByLabel("姓名").fill(name);
    await page.getByLabel("证件号码").fill(idNumber);
    await page.getByLabel("联系电话").fill(phone);
    await page.getByLabel("所需信息的内容描述").fill(description);
    await page.getByLabel("电子数据").check();
    await page.getByLabel("自行领取").check();
    await page.getByRole("button", { name: "登记申请" }).click();
    await expect(page.getByRole("heading", { name: /^已登记申请 \d{4}-\d{4}$/ })).toBeVisible();
  }

  await page.goto("/admin");
  const suggestions = main(page).getByRole("region", { name: "建议转为主动公开（条例第四十四条）" });
  const group = suggestions.getByRole("listitem").filter({ hasText: subject });
  await expect(group.getByText(/^3 位申请人、3 件申请/)).toBeVisible();
  await group.getByRole("button", { name: /^将申请 .* 转为主动公开$/ }).click();

  await expect(page.getByRole("heading", { level: 1, name: `请公开${subject}` })).toBeVisible();
  await expect(main(page).getByText("草稿", { exact: true })).toBeVisible();
  const note = main(page).getByRole("note").filter({ hasText: "依申请转主动公开（条例第四十四条），来自申请" });
  await expect(note.getByRole("link")).toHaveCount(3);
  await note.getByRole("link").first().click();
  await expect(main(page).getByRole("note").filter({ hasText: "本申请所需信息已转为主动公开" })).toBeVisible();
});
