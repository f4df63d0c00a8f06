import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { startSmtpServer, type TestSmtpServer } from "../test/smtp-server";
import { E2E_DATABASE_URL, queryValue } from "./database";
import { signIn, signOut, uniqueName } from "./fixtures";

// Mail, the job runner and the applicant's self-service on /track. The mail goes to a real SMTP server this spec
// starts (test/smtp-server.ts); the jobs run as cron would run them (`npm run jobs -- --once`), on the e2e database.

let smtp: TestSmtpServer;
test.beforeAll(async () => {
  smtp = await startSmtpServer();
});
test.afterAll(() => smtp.close());

const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
/** One run of the background jobs, as a separate process (an instance of its own). */
async function runJobs(baseURL: string) {
  await promisify(execFile)(tsx, ["--conditions=react-server", "scripts/jobs.ts", "--once"], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, SMTP_URL: smtp.url, NEXTAUTH_URL: baseURL, MAIL_FROM: "永安市政府信息公开 <noreply@example.gov.cn>" },
  });
}

async function openStep(page: Page, title: string) {
  const step = page.getByRole("group", { name: title });
  await step.locator("summary").click();
  return step;
}

/** A citizen's online application to 小陶镇; its number and 查询码. */
async function apply(page: Page, email: string) {
  await page.goto("/apply?org=xiaotao");
  await page.getByLabel("受理机关").selectOption({ label: "永安市小陶镇人民政府" });
  await page.getByLabel("公民").check();
  await page.getByLabel("姓名").fill("郑小华");
  await page.getByLabel("证件号码").fill("350481200002140119");
  await page.getByLabel("联系电话").fill("13712345678");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("所需信息的内容描述").fill("小陶镇2026年秸秆综合利用补助资金发放名单");
  await page.getByLabel("电子数据").check();
  await page.getByLabel("自行领取").check();
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByRole("heading", { name: "申请已提交" })).toBeVisible();
  const number = (await page.getByTestId("request-number").textContent())!.trim();
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();
  return { number, code };
}

/** The clerk confirms receipt of an online application. */
async function confirmReceipt(page: Page, number: string) {
  await signIn(page, "clerk");
  await page.goto("/admin/requests");
  await page.getByRole("region", { name: /待确认收到/ }).getByRole("link", { name: number }).click();
  await (await openStep(page, "确认收到申请")).getByRole("button", { name: "确认收到" }).click();
  await expect(page.getByText(/收到申请 → 起算20个工作日，截止/)).toBeVisible();
}

async function track(page: Page, number: string, code: string) {
  await page.goto("/track");
  await page.getByLabel("申请编号").fill(number);
  await page.getByLabel("查询码").fill(code);
  await page.getByRole("button", { name: "查询" }).click();
}

test("the daily digest lists an overdue request once, with two job runs at the same time", async ({ page, baseURL }) => {
  test.slow(); // four runs of the jobs, each a process of its own
  await signIn(page, "clerk");
  await page.goto("/admin/requests");
  const overdue = (await page.getByRole("table", { name: "已超期的申请" }).getByRole("link").first().textContent())!.trim();
  expect(overdue).toMatch(/^\d{4}-\d{4}$/);

  await Promise.all([runJobs(baseURL!), runJobs(baseURL!)]);
  const subject = /^【依申请公开提醒】永安市小陶镇人民政府 /;
  const digests = await smtp.waitFor("yaxt000@126.com", subject);
  // Give a second copy, were there one, time to arrive.
  await page.waitForTimeout(1000);
  expect(smtp.messages.filter((m) => subject.test(m.subject ?? ""))).toHaveLength(1);
  const text = digests[0].text!;
  expect(text).toContain("【已超过答复期限】");
  expect(text.split(`${overdue} `).length - 1).toBe(1);
  await Promise.all([runJobs(baseURL!), runJobs(baseURL!)]);
  expect(smtp.messages.filter((m) => subject.test(m.subject ?? ""))).toHaveLength(1);

  // The admin sees what was sent.
  await signOut(page);
  await signIn(page, "admin");
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "邮件发送" }).click();
  await expect(page.getByRole("table", { name: "最近发送的邮件" }).getByRole("cell", { name: "yaxt000@126.com" }).first()).toBeVisible();
});

test("a citizen applies with an e-mail, gets the receipt, answers a 补正 on /track with a file and downloads the reply", async ({ page, baseURL }) => {
  test.slow(); // the applicant, the clerk, the jobs, the applicant again
  const email = `${uniqueName("citizen")}@example.cn`;
  const { number, code } = await apply(page, email);

  await runJobs(baseURL!);
  const [submitted] = await smtp.waitFor(email, /申请已提交/);
  expect(submitted.subject).toBe(`申请已提交（${number}）`);

  // The clerk confirms the receipt and asks for a 补正; the applicant is told of both by mail.
  await confirmReceipt(page, number);
  const correction = await openStep(page, "补正通知（一次性告知）");
  await correction.getByLabel("需要补正的事项").fill("请写明所需名单的村居范围，并提供身份证明。");
  await correction.getByLabel("补正期限").fill("2099-12-31");
  await correction.getByRole("button", { name: "发出补正通知" }).click();
  await expect(page.getByText("状态：待补正")).toBeVisible();
  await signOut(page);

  await runJobs(baseURL!);
  const [receipt] = await smtp.waitFor(email, /已收到您的政府信息公开申请/);
  expect(receipt.subject).toBe(`已收到您的政府信息公开申请（${number}）`);
  expect(receipt.text).toMatch(/答复期限：\d{4}-\d{2}-\d{2}前/);
  expect(receipt.text).toContain(`${baseURL}/track`);
  const [notice] = await smtp.waitFor(email, /请补正/);
  expect(notice.text).toContain("请写明所需名单的村居范围，并提供身份证明。");

  // The applicant answers the 补正 on /track, with a file: the clock restarts today.
  await track(page, number, code);
  const result = page.getByRole("region", { name: `申请 ${number} 的办理情况` });
  await expect(result.getByText("待补正", { exact: true })).toBeVisible();
  const answer = page.getByRole("region", { name: "在线补正" });
  await answer.getByLabel("补正内容").fill("范围为解放村、小陶村，身份证明见附件。");
  await answer.getByLabel("补正材料（可选）").setInputFiles({
    name: "身份证明.png",
    mimeType: "image/png",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  });
  await answer.getByRole("button", { name: "提交补正" }).click();
  await expect(result.getByText("办理中", { exact: true })).toBeVisible();
  await expect(result.getByRole("listitem").filter({ hasText: /收到补正 → 重新起算20个工作日，截止/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "在线补正" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "文件" }).getByRole("button", { name: "下载 身份证明.png" })).toBeVisible();

  // The clerk sees the 补正 with its file, replies and attaches the reply.
  await signIn(page, "clerk");
  await page.goto("/admin/requests");
  await page.getByRole("link", { name: number }).first().click();
  const history = page.getByRole("table", { name: "办理记录" });
  await expect(history.getByText("补正内容：范围为解放村、小陶村，身份证明见附件。")).toBeVisible();
  await expect(history.getByRole("cell", { name: "申请人（在线）" })).toBeVisible();
  await expect(page.getByRole("region", { name: "申请文件" }).getByRole("link", { name: "身份证明.png" })).toBeVisible();
  const close = await openStep(page, "答复办结");
  await close.getByLabel("办理结果").selectOption({ label: "予以公开" });
  await close.getByLabel("答复书内容").fill("政府信息公开告知书：现提供所申请的补助资金发放名单。");
  await close.getByRole("button", { name: "办结" }).click();
  await expect(page.getByText(/状态：已办结（予以公开/)).toBeVisible();
  const files = page.getByRole("region", { name: "申请文件" });
  await files.getByLabel("答复文件").setInputFiles({ name: "答复书.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await files.getByRole("button", { name: "上传答复文件" }).click();
  await expect(files.getByRole("link", { name: "答复书.pdf" })).toBeVisible();
  await signOut(page);

  await runJobs(baseURL!);
  const [replied] = await smtp.waitFor(email, /已答复/);
  expect(replied.text).toContain("办理结果：予以公开");

  // The applicant reads the reply and downloads its file.
  await track(page, number, code);
  await expect(result.getByText(/政府信息公开告知书/)).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("region", { name: "文件" }).getByRole("button", { name: "下载 答复书.pdf" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("答复书.pdf");
  await expect(page.getByRole("region", { name: "撤回申请" })).toHaveCount(0);
});

test("before applying, the applicant finds what the body has published already", async ({ page }) => {
  const title = String(
    await queryValue(
      `SELECT i."title" FROM "Item" i JOIN "Organization" o ON o."id" = i."orgId" WHERE o."code" = 'xiaotao' AND i."status" = 'published' AND i."disclosure" = 'proactive' ORDER BY i."publishedOn" DESC LIMIT 1`,
    ),
  );
  await page.goto("/apply?org=xiaotao");
  const check = page.getByRole("region", { name: "申请前先查一查：所需信息可能已经主动公开" });
  await check.getByLabel("所需信息的关键词").fill(title.slice(0, 8));
  await check.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(/[?&]info=/);
  await expect(check.getByRole("heading", { name: "这些信息已主动公开" })).toBeVisible();
  await expect(check.getByRole("link", { name: title })).toBeVisible();
  // The application form is still there, addressed to the same body.
  await expect(page.getByLabel("受理机关")).toHaveValue(/.+/);
});

test("the applicant withdraws a received application on /track; it closes under 其他处理", async ({ page }) => {
  const { number, code } = await apply(page, `${uniqueName("withdraw")}@example.cn`);
  await track(page, number, code);
  // Not yet received: nothing to withdraw online (the office is asked instead).
  await expect(page.getByRole("region", { name: "撤回申请" })).toHaveCount(0);
  await confirmReceipt(page, number);
  await signOut(page);

  await track(page, number, code);
  const withdraw = page.getByRole("region", { name: "撤回申请" });
  await withdraw.getByLabel("撤回理由（可选）").fill("已通过其他途径获取");
  await withdraw.getByRole("button", { name: "撤回申请" }).click();
  await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定撤回" }).click();
  const result = page.getByRole("region", { name: `申请 ${number} 的办理情况` });
  await expect(result.getByText("已办结", { exact: true })).toBeVisible();
  await expect(result.getByRole("listitem").filter({ hasText: "申请人撤回申请，办理终止" })).toBeVisible();
  await expect(result.getByText("其他处理：其他")).toBeVisible();
  await expect(page.getByRole("region", { name: "撤回申请" })).toHaveCount(0);
});
