import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./fixtures";

const sidebar = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "后台导航" });

test("anonymous visitors are sent to the login page", async ({ page }) => {
  await page.goto("/admin/items");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "工作人员登录" })).toBeVisible();
});

test("a wrong password is refused with a message in Chinese", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("用户名").fill("clerk");
  await page.getByLabel("密码").fill("wrong-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("用户名或密码错误");
  await expect(page).toHaveURL(/\/login/);
});

test("clerk sees the clerk sidebar, is refused admin pages, and signs out", async ({ page }) => {
  await signIn(page, "clerk");
  const nav = sidebar(page);
  await expect(nav.getByRole("link", { name: "政府信息" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "依申请公开" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "审核发布" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "用户管理" })).toHaveCount(0);

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await page.goto("/admin/reports");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();

  await signOut(page);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});

test("supervisor sees review and reports but not user management", async ({ page }) => {
  await signIn(page, "supervisor");
  const nav = sidebar(page);
  await expect(nav.getByRole("link", { name: "审核发布" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "年度报告" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "用户管理" })).toHaveCount(0);
  await page.goto("/admin/calendar");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await signOut(page);
});

test("admin manages users and reads the audit log, including the sign-ins", async ({ page }) => {
  await signIn(page, "admin");
  const nav = sidebar(page);
  await expect(nav.getByRole("link", { name: "用户管理" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "审计日志" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "依申请公开" })).toHaveCount(0);

  await nav.getByRole("link", { name: "用户管理" }).click();
  await expect(page.getByRole("heading", { name: "用户管理" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "supervisor", exact: true })).toBeVisible();

  await nav.getByRole("link", { name: "审计日志" }).click();
  await expect(page.getByRole("cell", { name: "auth.sign_in", exact: true }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "auth.sign_in_failed", exact: true }).first()).toBeVisible();
  await signOut(page);
});
