import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/demo-users";

/** The second app instance's origin (PostgreSQL runs only, see playwright.config.ts), or null. */
export type InstanceOptions = { secondBaseURL: string | null };

export const test = base.extend<InstanceOptions>({ secondBaseURL: [null, { option: true }] });

/** Fills in and submits the real login form, without waiting for where it leads. */
export async function submitLogin(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** Signs in through the real login form as one of the demo users. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await submitLogin(page, username, password);
  await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("heading", { name: "工作人员登录" })).toBeVisible();
}

/** A username no earlier run (or retry) of the suite has used. */
export function uniqueName(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}
