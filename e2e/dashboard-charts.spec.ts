import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

test("the dashboard charts a year's requests, deadlines and items, each with its figures as a table", async ({ page }) => {
  await signIn(page, "clerk");
  await page.getByLabel("统计年度").selectOption("2023");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/year=2023/);

  for (const name of ["2023年各月收到的申请及办理结果", "2023年各月到期的申请及逾期情况", "2019—2023年各主题分类的政府信息（按成文日期）"]) {
    const figure = main(page).getByRole("figure", { name });
    await expect(figure.getByRole("img", { name })).toBeVisible();
    await figure.getByText("查看数据表").click();
    const table = figure.getByRole("table");
    await expect(table.getByRole("columnheader", { name: "合计" })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: "合计" })).toBeVisible();
  }
  // The seed gives 小陶镇 8 requests a year: the requests chart's grand total says so.
  const requests = main(page).getByRole("figure", { name: "2023年各月收到的申请及办理结果" }).getByRole("table");
  await expect(requests.getByRole("row").last().getByRole("cell").last()).toHaveText("8");
});
