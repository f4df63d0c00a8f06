import { expect } from "@playwright/test";
import { signIn, signOut, test, uniqueName } from "./fixtures";

// The platform administrator manages the tree of bodies in the back office (/admin/organizations).
test("the platform admin creates a body under the county, sees it in the tree and on the public 机构导航; a move under its own child is refused", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "机构管理" }).click();
  await expect(page.getByRole("heading", { name: "机构管理", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "永安市人民政府" }).click();
  const county = page.getByRole("region", { name: "永安市人民政府" });
  await expect(county).toContainText("编码 yongan · 县级政府");

  const code = uniqueName("e2e-bureau");
  const name = `永安市测试局${code.slice(-6)}`;
  const create = page.getByRole("form", { name: "新建机构" });
  // Bad input first: a code outside the interchange alphabet is refused with a message, and nothing is created.
  await create.getByLabel("机关名称").fill(name);
  await create.getByRole("textbox", { name: "机关编码", exact: true }).fill("测试局");
  await create.getByLabel("索引号前缀").fill("003680099");
  await create.getByRole("button", { name: "新建机构" }).click();
  await expect(create.getByText("机关编码只能包含字母、数字和 . _ - /（如 yongan-sfj）")).toBeVisible();
  await expect(create.getByLabel("上级机关编码")).toHaveValue("yongan");

  await create.getByRole("textbox", { name: "机关编码", exact: true }).fill(code);
  await create.getByLabel("机关类别").selectOption({ label: "部门" });
  await create.getByRole("button", { name: "新建机构" }).click();
  await expect(create.getByRole("status")).toHaveText("已新建，见上方列表。");
  const children = page.getByRole("table", { name: "永安市人民政府的下级机构" });
  await expect(children.getByRole("row", { name: new RegExp(name) })).toContainText(`${code}部门永安市人民政府`);

  await page.goto("/org?parent=yongan");
  await expect(page.getByRole("region", { name: "部门" }).getByRole("link", { name })).toBeVisible();

  // Moving the county under its own township would make it its own ancestor: refused, and said why.
  await page.goto("/admin/organizations?parent=yongan");
  await county.getByLabel("上级机关编码").fill("xiaotao");
  await county.getByRole("button", { name: "移动 / 更改类别" }).click();
  // Moving asks first (our own dialog, not the browser's).
  const confirm = page.getByRole("dialog", { name: "请确认" });
  await expect(confirm).toContainText("确定移动该机关吗？");
  await confirm.getByRole("button", { name: "确定" }).click();
  await expect(county.getByRole("alert")).toContainText("不能把机关移到它自己或它的下级之下（会形成循环：永安市人民政府 → 永安市小陶镇人民政府 → 永安市人民政府）");
  await page.reload();
  await expect(page.getByRole("navigation", { name: "所在位置" })).toHaveText("全部顶级机构› 永安市人民政府");
  await signOut(page);
});

test("a township's supervisor neither sees nor opens 机构管理", async ({ page }) => {
  await signIn(page, "supervisor");
  await expect(page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "机构管理" })).toHaveCount(0);
  await page.goto("/admin/organizations");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
});
