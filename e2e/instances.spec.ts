import { expect } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/demo-users";
import { signIn, signOut, test } from "./fixtures";

// Two app instances on two ports sharing one PostgreSQL database, as behind a load balancer. Browsers keep cookies
// per host name, not per port, so a session cookie set by http://localhost:PORT is sent to http://localhost:PORT_2
// too: what the second instance does with it shows whether the instances agree.
test.describe("two app instances sharing one PostgreSQL database", () => {
  test.skip(
    ({ secondBaseURL }) => secondBaseURL === null,
    "needs PostgreSQL: runs in the PostgreSQL pass of npm test (E2E_DATABASE_URL=postgresql://…)",
  );

  test("a sign-in on one instance is a session on the other, which sees what the first wrote", async ({ page, secondBaseURL }) => {
    await signIn(page, "admin");

    // The second instance accepts the token (same secret) and finds its user (same database, same user id).
    await page.goto(`${secondBaseURL}/admin`);
    await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("系统管理员");

    // The sign-in was audited by the first instance; the second lists it as the newest entry.
    await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "审计日志" }).click();
    await expect(page).toHaveURL(`${secondBaseURL}/admin/audit`);
    const newest = page.getByRole("table", { name: "审计日志" }).getByRole("row").nth(1);
    await expect(newest.getByRole("cell", { name: "admin", exact: true })).toBeVisible();
    await expect(newest.getByRole("cell", { name: "auth.sign_in", exact: true })).toBeVisible();

    // Signing out on the second instance ends the session on the first as well.
    await signOut(page);
    await expect(page).toHaveURL(`${secondBaseURL}/login`);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a login lockout on one instance applies on the other", async ({ page, secondBaseURL }) => {
    test.skip(true, "the login lockout is built on branch `security` (RateLimit table) and is not merged here yet");
    // Once merged: fail the sign-in on the first instance until the account is locked, then the right password on
    // the second instance must be refused with the lockout message too.
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.goto("/login");
      await page.getByLabel("用户名").fill("sfj-clerk");
      await page.getByLabel("密码").fill("wrong-password");
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    }
    await page.goto(`${secondBaseURL}/login`);
    await page.getByLabel("用户名").fill("sfj-clerk");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("锁定");
    await expect(page).toHaveURL(`${secondBaseURL}/login`);
  });
});
