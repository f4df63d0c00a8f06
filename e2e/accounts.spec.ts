import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, submitLogin, uniqueName } from "./fixtures";

// Each test signs in from its own made-up client address (X-Forwarded-For), so the per-address lockout of
// one test never touches the others.
async function session(browser: Browser, ip: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

const main = (page: Page) => page.getByRole("main");
const form = (page: Page, name: string) => page.getByRole("form", { name });

/** As admin: creates a clerk of 小陶镇 with an initial password and returns to the list. */
async function createClerk(admin: Page, username: string, password: string) {
  await admin.goto("/admin/users");
  await admin.getByRole("link", { name: "新建用户" }).click();
  await admin.getByLabel("用户名").fill(username);
  await admin.getByLabel("姓名").fill("测试用户");
  await admin.getByLabel("角色").selectOption({ label: "办事员" });
  await admin.getByLabel("所属机构").selectOption({ label: "永安市小陶镇人民政府" });
  await admin.getByLabel("初始密码", { exact: true }).fill(password);
  await admin.getByLabel("确认初始密码").fill(password);
  await admin.getByRole("button", { name: "创建用户" }).click();
  await expect(main(admin).getByRole("status")).toContainText("用户已创建");
}

test("admin creates an account; its first sign-in must change the initial password, then sign in again", async ({ browser }) => {
  const admin = await session(browser, "198.51.100.11");
  await signIn(admin, "admin");
  const username = uniqueName("newclerk");

  // the policy is enforced in the form, with the message next to the field
  await admin.goto("/admin/users/new");
  await admin.getByLabel("用户名").fill(username);
  await admin.getByLabel("姓名").fill("测试用户");
  await admin.getByLabel("初始密码", { exact: true }).fill("short1A");
  await admin.getByLabel("确认初始密码").fill("short1A");
  await admin.getByRole("button", { name: "创建用户" }).click();
  await expect(admin.getByLabel("初始密码", { exact: true })).toHaveAccessibleDescription(/密码至少 10 位/);
  await createClerk(admin, username, "Chushi#2026a");

  const user = await session(browser, "198.51.100.12");
  await submitLogin(user, username, "Chushi#2026a");
  await expect(user).toHaveURL(/\/admin\/password$/);
  await expect(main(user).getByRole("alert")).toContainText("请先修改密码");
  // every other page leads back here
  await user.goto("/admin/items");
  await expect(user).toHaveURL(/\/admin\/password$/);

  await user.getByLabel("当前密码").fill("Chushi#2026a");
  await user.getByLabel("新密码", { exact: true }).fill("abcdefghijk");
  await user.getByLabel("确认新密码").fill("abcdefghijk");
  await user.getByRole("button", { name: "修改密码" }).click();
  await expect(user.getByLabel("新密码", { exact: true })).toHaveAccessibleDescription(/至少三类/);

  await user.getByLabel("新密码", { exact: true }).fill("Xin#Mima2026");
  await user.getByLabel("确认新密码").fill("Xin#Mima2026");
  await user.getByRole("button", { name: "修改密码" }).click();
  await expect(user.getByRole("status")).toContainText("密码已修改，请使用新密码登录");
  await submitLogin(user, username, "Xin#Mima2026");
  await expect(user.getByRole("heading", { name: "工作台" })).toBeVisible();
});

test("five wrong passwords lock the account (also for the right password); an admin reset lifts it", async ({ browser }) => {
  const admin = await session(browser, "198.51.100.21");
  await signIn(admin, "admin");
  const username = uniqueName("locked");
  await createClerk(admin, username, "Chushi#2026b");
  const userPage = admin.url();

  const attacker = await session(browser, "198.51.100.22");
  for (let i = 0; i < 5; i++) {
    await submitLogin(attacker, username, `wrong-${i}`);
    await expect(main(attacker).getByRole("alert")).toContainText("用户名或密码错误");
  }
  // the owner, from another address, with the right password
  const owner = await session(browser, "198.51.100.23");
  await submitLogin(owner, username, "Chushi#2026b");
  await expect(main(owner).getByRole("alert")).toContainText("登录失败次数过多");

  await admin.goto("/admin/users");
  await expect(admin.getByRole("row", { name: new RegExp(username) })).toContainText("登录已锁定");
  await admin.goto(userPage);
  await admin.getByLabel("新的初始密码", { exact: true }).fill("Reset#2026bb");
  await admin.getByLabel("确认新的初始密码").fill("Reset#2026bb");
  await admin.getByRole("button", { name: "重置密码" }).click();
  await expect(form(admin, "重置密码").getByRole("status")).toContainText("密码已重置");

  await submitLogin(owner, username, "Reset#2026bb");
  await expect(owner).toHaveURL(/\/admin\/password$/);

  // the lockout and the reset are in the audit log
  await admin.goto("/admin/audit");
  await expect(admin.getByRole("cell", { name: "auth.lockout", exact: true }).first()).toBeVisible();
  await expect(admin.getByRole("cell", { name: "auth.sign_in_blocked", exact: true }).first()).toBeVisible();
  await expect(admin.getByRole("cell", { name: "user.password_reset", exact: true }).first()).toBeVisible();
});

test("changing the password signs out every other session of the user", async ({ browser }) => {
  const admin = await session(browser, "198.51.100.31");
  await signIn(admin, "admin");
  const username = uniqueName("twosessions");
  await createClerk(admin, username, "Chushi#2026c");

  const laptop = await session(browser, "198.51.100.32");
  await submitLogin(laptop, username, "Chushi#2026c");
  await expect(laptop).toHaveURL(/\/admin\/password$/);
  const phone = await session(browser, "198.51.100.33");
  await submitLogin(phone, username, "Chushi#2026c");
  await expect(phone).toHaveURL(/\/admin\/password$/);

  await laptop.getByLabel("当前密码").fill("Chushi#2026c");
  await laptop.getByLabel("新密码", { exact: true }).fill("Xin#Mima2026c");
  await laptop.getByLabel("确认新密码").fill("Xin#Mima2026c");
  await laptop.getByRole("button", { name: "修改密码" }).click();
  await expect(laptop.getByRole("heading", { name: "工作人员登录" })).toBeVisible();

  await phone.goto("/admin/password");
  await expect(phone).toHaveURL(/\/login/);
});

test("a disabled account is signed out at once and cannot sign in", async ({ browser }) => {
  const admin = await session(browser, "198.51.100.41");
  await signIn(admin, "admin");
  const username = uniqueName("disabled");
  await createClerk(admin, username, "Chushi#2026d");
  const userPage = admin.url();

  const user = await session(browser, "198.51.100.42");
  await submitLogin(user, username, "Chushi#2026d");
  await expect(user).toHaveURL(/\/admin\/password$/);

  await admin.getByRole("button", { name: "停用账号" }).click();
  await expect(form(admin, "账号状态").getByRole("status")).toContainText("账号已停用");
  await user.reload();
  await expect(user).toHaveURL(/\/login/);
  await submitLogin(user, username, "Chushi#2026d");
  await expect(main(user).getByRole("alert")).toContainText("用户名或密码错误，或账号已被停用");

  await admin.goto(userPage);
  await admin.getByRole("button", { name: "启用账号" }).click();
  await expect(form(admin, "账号状态").getByRole("status")).toContainText("账号已启用");
  await submitLogin(user, username, "Chushi#2026d");
  await expect(user).toHaveURL(/\/admin\/password$/);
});

test("two admins edit the same account: the second save is refused as a conflict and nothing is lost", async ({ browser }) => {
  const first = await session(browser, "198.51.100.51");
  const second = await session(browser, "198.51.100.52");
  await signIn(first, "admin");
  await signIn(second, "admin");
  const username = uniqueName("conflict");
  await createClerk(first, username, "Chushi#2026e");
  const userPage = first.url();
  await second.goto(userPage);

  // markup in a name is stored and shown as text, never run
  const name = `<b onmouseover="alert(1)">第一位管理员改的</b>`;
  await first.getByLabel("姓名").fill(name);
  await first.getByRole("button", { name: "保存" }).click();
  await expect(form(first, "基本信息").getByRole("status")).toContainText("已保存");

  await second.getByLabel("姓名").fill("第二位管理员改的");
  await second.getByLabel("角色").selectOption({ label: "审核人" });
  await second.getByRole("button", { name: "保存" }).click();
  await expect(form(second, "基本信息").getByRole("alert")).toContainText("该记录已被他人修改，您的修改未保存");

  await second.reload();
  await expect(second.getByLabel("姓名")).toHaveValue(name);
  await expect(second.getByLabel("角色")).toHaveValue("CLERK");
  await second.goto("/admin/users");
  await expect(second.getByRole("row", { name: new RegExp(username) }).getByRole("cell", { name, exact: true })).toBeVisible();
});
