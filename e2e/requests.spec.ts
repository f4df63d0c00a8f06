import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { queryValue } from "./database";
import { signIn, signOut } from "./fixtures";

// The e2e server's database, read only to prove that refused input stored nothing.
const countRequests = async () => Number(await queryValue(`SELECT COUNT(*) FROM "DisclosureRequest"`));

async function fillApplication(page: Page) {
  await page.getByLabel("受理机关").selectOption({ label: "永安市小陶镇人民政府" });
  await page.getByLabel("公民").check();
  await page.getByLabel("姓名").fill("郑小华");
  await page.getByLabel("证件号码").fill("350481200002140119");
  await page.getByLabel("联系电话").fill("13712345678");
  await page.getByLabel("所需信息的内容描述").fill("小陶镇2026年城乡居民医疗保险参保补助资金使用情况");
  await page.getByLabel("电子数据").check();
  await page.getByLabel("自行领取").check();
}

/** Opens one folded step of the request page (only the steps valid now are listed). */
async function openStep(page: Page, title: string) {
  const step = page.getByRole("group", { name: title });
  await step.locator("summary").click();
  return step;
}

async function track(page: Page, number: string, code: string) {
  await page.goto("/track");
  await page.getByLabel("申请编号").fill(number);
  await page.getByLabel("查询码").fill(code);
  await page.getByRole("button", { name: "查询" }).click();
}

test("a citizen applies online and follows the request through 补正, extension and a 部分公开 reply", async ({ page }) => {
  test.slow(); // a long journey: the applicant, the clerk through every step, the applicant again
  await page.goto("/apply?org=xiaotao");
  await fillApplication(page);
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByRole("heading", { name: "申请已提交" })).toBeVisible();
  const number = (await page.getByTestId("request-number").textContent())!.trim();
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();
  expect(number).toMatch(/^\d{4}-\d{4}$/);
  expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);

  await track(page, number, code);
  const result = page.getByRole("region", { name: `申请 ${number} 的办理情况` });
  await expect(result.getByText("待确认收到")).toBeVisible();
  await expect(result.getByText("小陶镇2026年城乡居民医疗保险参保补助资金使用情况")).toBeVisible();

  // The clerk handles it.
  await signIn(page, "clerk");
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "依申请公开" }).click();
  await page.getByRole("region", { name: /待确认收到/ }).getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { name: `申请 ${number}` })).toBeVisible();

  // The request comes first, then only the steps valid now, folded.
  await expect(page.getByRole("region", { name: "申请信息" }).getByText("小陶镇2026年城乡居民医疗保险参保补助资金使用情况")).toBeVisible();
  await expect(page.getByText(/状态：待确认收到\s*今天提交/)).toBeVisible();
  await expect(page.getByRole("group", { name: "答复办结" }).getByLabel("答复书内容")).toBeHidden();
  await (await openStep(page, "确认收到申请")).getByRole("button", { name: "确认收到" }).click();
  const steps = page.getByRole("region", { name: "期限计算说明" });
  await expect(steps.getByText(/收到申请 → 起算20个工作日，截止/)).toBeVisible();

  const correction = await openStep(page, "补正通知（一次性告知）");
  await correction.getByLabel("需要补正的事项").fill("请写明所需资金使用情况的年份范围。");
  await correction.getByLabel("补正期限").fill("2099-12-31");
  await correction.getByRole("button", { name: "发出补正通知" }).click();
  await expect(steps.getByText(/发出补正通知（一次性），补正期限至2099年12月31日 → 答复期限自收到补正之日起重新计算/)).toBeVisible();
  await expect(page.getByText("状态：待补正")).toBeVisible();

  const received = await openStep(page, "收到补正");
  await received.getByLabel("申请人补正的内容").fill("年份范围为2026年1月至6月。");
  await received.getByRole("button", { name: "登记收到补正" }).click();
  await expect(steps.getByText(/收到补正 → 重新起算20个工作日，截止/)).toBeVisible();

  const extension = await openStep(page, "延长答复期限");
  await expect(extension.getByLabel("延长的工作日数")).toHaveValue("");
  await extension.getByLabel("延长的工作日数").fill("21");
  await extension.getByLabel("批准延期的负责人").fill("党政办主任 李卫东");
  await extension.getByRole("button", { name: "延长期限" }).click();
  await expect(extension.getByText("延长的期限最长不得超过20个工作日（条例第三十三条）")).toBeVisible();
  await extension.getByLabel("延长的工作日数").fill("20");
  await extension.getByRole("button", { name: "延长期限" }).click();
  await expect(steps.getByText(/延长答复期限20个工作日（经负责人同意），截止/)).toBeVisible();
  await expect(page.getByText("状态：已延期答复")).toBeVisible();

  const close = await openStep(page, "答复办结");
  await close.getByLabel("办理结果").selectOption({ label: "部分公开" });
  await close.getByLabel("答复书内容").fill("政府信息部分公开告知书：现提供资金使用汇总表，其中涉及个人信息的部分已隐去。");
  await close.getByRole("button", { name: "办结" }).click();
  await expect(close.getByText("此办理结果须写明理由")).toBeVisible();
  await close.getByLabel("理由").fill("名单中含参保人个人信息，公开会损害第三方合法权益，已作区分处理。");
  await close.getByRole("button", { name: "办结" }).click();
  await expect(page.getByText(/状态：已办结（部分公开/)).toBeVisible();
  await expect(steps.getByText(/已答复：部分公开/)).toBeVisible();
  const history = page.getByRole("table", { name: "办理记录" });
  for (const step of ["收到申请", "发出补正通知", "收到补正", "延长答复期限", "答复办结"]) {
    await expect(history.getByRole("cell", { name: step, exact: true })).toBeVisible();
  }
  await expect(history.getByText("延长20个工作日；批准人：党政办主任 李卫东")).toBeVisible();
  await expect(history.getByText("补正内容：年份范围为2026年1月至6月。")).toBeVisible();
  await signOut(page);

  // The citizen sees every step and the reply.
  await track(page, number, code);
  await expect(result.getByText("已办结")).toBeVisible();
  for (const step of [/收到申请 → 起算20个工作日/, /发出补正通知/, /收到补正 → 重新起算20个工作日/, /延长答复期限20个工作日/, /已答复：部分公开/]) {
    await expect(result.getByRole("listitem").filter({ hasText: step })).toBeVisible();
  }
  await expect(result.getByText("部分公开", { exact: true })).toBeVisible();
  await expect(result.getByRole("heading", { name: "补正要求" })).toBeVisible();
  await expect(result.getByText("请写明所需资金使用情况的年份范围。")).toBeVisible();
  await expect(result.getByText(/理由：名单中含参保人个人信息/)).toBeVisible();
  await expect(result.getByText(/政府信息部分公开告知书/)).toBeVisible();
  await expect(result.getByText("郑小华")).toHaveCount(0);

  // A wrong 查询码 shows nothing but the same message an unknown number gets.
  await track(page, number, "ABCDE-FGHJK");
  const refused = page.getByRole("main").getByRole("alert");
  await expect(refused).toHaveText(/没有找到与该申请编号和查询码相符的申请/);
  await expect(page.getByRole("region", { name: /的办理情况/ })).toHaveCount(0);
  await track(page, "1999-0001", code);
  await expect(refused).toHaveText(/没有找到与该申请编号和查询码相符的申请/);
});

test("hostile input on the public form is refused in Chinese and stores nothing", async ({ page }) => {
  const before = await countRequests();
  await page.goto("/apply?org=xiaotao");
  await fillApplication(page);
  await page.getByLabel("姓名").fill("<script>alert('x')</script>");
  await page.getByLabel("证件号码").fill("110105194912310021");
  await page.getByLabel("联系电话").fill("");
  await page.getByLabel("所需信息的内容描述").fill("很长的描述".repeat(1000));
  await page.getByRole("button", { name: "提交申请" }).click();
  const form = page.getByRole("main");
  await expect(form.getByRole("alert")).toHaveText("提交的内容有误，请按提示修改。");
  await expect(form.getByText("姓名不能包含 HTML 标签或脚本代码（如 <script>）")).toBeVisible();
  await expect(form.getByText("居民身份证号码应为18位，且出生日期和最后一位校验码正确")).toBeVisible();
  await expect(form.getByText("请填写联系电话")).toBeVisible();
  await expect(form.getByText("所需信息的内容描述不能超过2000个字")).toBeVisible();
  await expect(page.getByLabel("姓名")).toHaveAttribute("aria-invalid", "true");
  // what was typed stays in the form to be corrected
  await expect(page.getByLabel("所需信息的内容描述")).toHaveValue("很长的描述".repeat(1000));

  await page.getByLabel("受理机关").selectOption("");
  await page.getByLabel("姓名").fill("");
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(form.getByText("请选择受理机关")).toBeVisible();
  await expect(form.getByText("请填写姓名")).toBeVisible();
  await expect(page.getByRole("heading", { name: "申请已提交" })).toHaveCount(0);
  expect(await countRequests()).toBe(before);
});

test("tracking is limited to 10 look-ups per 申请编号 per 15 minutes; other numbers from the address still answer", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.77" });
  const alert = page.getByRole("main").getByRole("alert");
  for (let i = 0; i < 10; i++) {
    await track(page, "2026-0001", `AAAAA-AAAA${"23456789AB"[i]}`);
    await expect(alert).toHaveText(/没有找到/);
  }
  await track(page, "2026-0001", "AAAAA-BBBBB");
  await expect(alert).toHaveText("该申请编号的查询次数过多，请15分钟后再试。");
  await track(page, "2026-0002", "AAAAA-BBBBB");
  await expect(alert).toHaveText(/没有找到/);
});

test("the clerk's dashboard groups open requests and a request page explains its deadline", async ({ page }) => {
  await signIn(page, "clerk");
  await page.goto("/admin/requests");
  await expect(page.getByRole("heading", { name: /^已超期（\d+）$/ })).toBeVisible();
  const waiting = page.getByRole("region", { name: /等待补正、征求意见或缴费/ });
  await expect(waiting.getByRole("cell", { name: "待补正", exact: true })).toBeVisible();
  await expect(waiting.getByRole("cell", { name: "征求意见中", exact: true })).toBeVisible();
  await expect(waiting.getByRole("cell", { name: "待缴费", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: /5个工作日内到期/ }).getByRole("row")).not.toHaveCount(1);

  await page.getByLabel("关键词").fill("土地承包经营权流转");
  await page.getByLabel("状态", { exact: true }).selectOption({ label: "已办结" });
  await page.getByRole("button", { name: "查找" }).click();
  await page.getByRole("table", { name: "已办结的申请" }).getByRole("link").first().click();
  await expect(page.getByText(/征求第三方意见 .*（不计入期限，顺延\d+个工作日）/)).toBeVisible();
  await expect(page.getByRole("region", { name: "复议诉讼" }).getByText(/行政复议，.*立案，尚未审结/)).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test("a clerk logs an oral application, sees the repeat-request hint, and logs an appeal", async ({ page }) => {
  await signIn(page, "clerk");
  await page.goto("/admin/requests/new");
  await page.getByLabel("申请渠道").selectOption({ label: "口头提出" });
  await page.getByLabel("姓名").fill("陈明");
  await page.getByLabel("证件号码").fill("350481198503120124");
  await page.getByLabel("联系电话").fill("13905981234");
  await page.getByLabel("所需信息的内容描述").fill("请提供2025年小陶镇农村危房改造补助资金拨付文件");
  await page.getByLabel("纸质文本").check();
  await page.getByLabel("当场阅读、抄录").check();
  await page.getByRole("button", { name: "登记申请" }).click();
  await expect(page.getByRole("heading", { name: /^已登记申请 \d{4}-\d{4}$/ })).toBeVisible();
  await page.getByRole("link", { name: "查看并办理" }).click();
  const hint = page.getByRole("region", { name: "可能是重复申请（仅供参考）" });
  await expect(hint.getByText(/2025年小陶镇农村危房改造补助资金拨付文件/)).toBeVisible();

  await page.getByRole("link", { name: "登记与本申请相关的复议诉讼" }).click();
  await page.getByLabel("案件编号").fill("SS-2026-09");
  await page.getByLabel("案件类型").selectOption({ label: "未经复议直接起诉" });
  await page.getByRole("button", { name: "登记案件" }).click();
  await expect(page.getByRole("heading", { name: "行政复议和行政诉讼" })).toBeVisible();
  await page.getByRole("link", { name: "SS-2026-09" }).click();
  await page.getByLabel("审结日期").fill("2026-01-01");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("已审结的案件请选择审结结果")).toBeVisible();
});

test("the public pages fit a 375 px screen and pass an accessibility scan", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["/apply", "/apply?org=xiaotao", "/track"]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
});
