import { expect, test, type Page } from "@playwright/test";
import { tinyPdf } from "../test/tiny-pdf";
import { signIn, signOut } from "./fixtures";

const main = (page: Page) => page.getByRole("main");
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** Logs a draft through the real form and returns its page URL (without the query). */
async function logDraft(page: Page, title: string) {
  await page.goto("/admin/items/new");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("主题分类").selectOption({ label: "机构职能" });
  await page.getByLabel("成文日期").fill(today());
  await page.getByLabel("正文").fill("名单见附件。");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(main(page).getByRole("status")).toHaveText("草稿已保存。可以继续修改，或提交审核。");
  return page.url().replace(/\?.*$/, "");
}

const approve = async (page: Page) => {
  await page.getByRole("button", { name: "审核通过并发布" }).click();
  await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定发布" }).click();
};

test("an ID number in an attached PDF blocks the approval until it is confirmed; withdrawing for 个人信息 hides the title", async ({ page }) => {
  const title = `低保对象名单公示（${Date.now()}）`;
  await signIn(page, "clerk");
  const url = await logDraft(page, title);
  await page.getByLabel("选择文件").setInputFiles({ name: "名单.pdf", mimeType: "application/pdf", buffer: Buffer.from(tinyPdf(["Zhang San 11010519491231002X"])) });
  await page.getByRole("button", { name: "上传附件" }).click();
  await expect(main(page).getByRole("link", { name: "名单.pdf" })).toBeVisible();
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(main(page).getByText("待审核", { exact: true })).toBeVisible();
  await signOut(page);

  await signIn(page, "supervisor");
  await page.goto(url);
  const vetting = page.getByRole("group", { name: "保密审查" });
  await expect(vetting).toContainText("发现 1 处可能不宜公开的内容");
  await expect(vetting).toContainText("身份证号 110105********002X，见附件内容（名单.pdf）：Zhang San 110105********002X");
  await approve(page);
  await expect(main(page).getByRole("alert")).toHaveText("保密审查发现 1 处问题尚未处理：请退回修改，或逐条填写可以公开的理由后再发布。");
  await expect(main(page).getByText("待审核", { exact: true })).toBeVisible();

  await vetting.getByLabel("第 1 处可以公开的理由").fill("公示对象书面同意公开");
  await approve(page);
  await expect(main(page).getByRole("status").filter({ hasText: "已审核发布" })).toBeVisible();
  const record = main(page).getByRole("region", { name: "保密审查记录" });
  await expect(record).toContainText("审核人 supervisor");
  await expect(record).toContainText(`公开日期 ${today()}`);
  await expect(record).toContainText("身份证号 110105********002X（附件内容（名单.pdf））：经确认可以公开，理由：公示对象书面同意公开");

  const publicUrl = (await main(page).getByRole("link", { name: "查看公开页面" }).getAttribute("href"))!;
  await page.goto(publicUrl);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.goBack();
  await page.getByLabel("撤回原因").selectOption({ label: "泄露个人信息" });
  await page.getByLabel("撤回理由").fill("名单含身份证号");
  await page.getByRole("button", { name: "撤回" }).click();
  await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定撤回" }).click();
  await expect(main(page).getByText("已撤回", { exact: true })).toBeVisible();
  await signOut(page);

  await page.goto(publicUrl);
  await expect(main(page).getByRole("note")).toHaveText("该信息已撤回。");
  await expect(main(page)).not.toContainText(title);
  await expect(main(page)).not.toContainText("名单含身份证号");
  await expect(page).not.toHaveTitle(new RegExp(title.replace(/[（）]/g, ".")));
});

test("a supervisor may not approve an item they drafted; a returned draft is discarded after a confirmation", async ({ page }) => {
  const title = `自审测试（${Date.now()}）`;
  await signIn(page, "supervisor");
  const url = await logDraft(page, title);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(main(page).getByText("待审核", { exact: true })).toBeVisible();
  await approve(page);
  await expect(main(page).getByRole("alert")).toHaveText("不能审核发布自己起草或提交的信息，请由另一位审核人审核（四眼原则）。");

  await page.getByLabel("退回意见").fill("不再发布");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(main(page).getByText("草稿", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "作废草稿" }).click();
  const confirm = page.getByRole("dialog", { name: "请确认" });
  await expect(confirm).toContainText("索引号不会再分配给其他信息");
  await confirm.getByRole("button", { name: "确定作废" }).click();
  await expect(main(page).getByRole("status")).toHaveText("草稿已作废。它不再计入统计，索引号不会再分配给其他信息。");
  await expect(main(page).getByText("已作废", { exact: true })).toBeVisible();

  // Out of the working list, found under 已作废.
  await page.goto("/admin/items");
  await expect(main(page).getByRole("link", { name: title })).toHaveCount(0);
  await page.goto("/admin/items?status=discarded");
  await expect(main(page).getByRole("link", { name: title })).toBeVisible();
  expect(url).toContain("/admin/items/");
});
