import { expect } from "@playwright/test";
import { signIn, signOut, submitLogin, test, uniqueName } from "./fixtures";

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

  test("a login lockout on one instance applies on the other", async ({ browser, secondBaseURL }) => {
    // A made-up account: unknown names are counted and locked like real ones (a lockout must not reveal whether an
    // account exists), and no demo account stays locked for the tests after this one. Each instance is reached
    // from its own client address, so only the account's counter, kept in the shared database, can lock.
    const username = uniqueName("locked");
    const first = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.41" } })).newPage();
    for (let attempt = 0; attempt < 5; attempt++) {
      await submitLogin(first, username, `wrong-${attempt}`);
      await expect(first.getByRole("main").getByRole("alert")).toContainText("用户名或密码错误");
    }
    const second = await (
      await browser.newContext({ baseURL: secondBaseURL!, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.42" } })
    ).newPage();
    await submitLogin(second, username, "wrong-5");
    await expect(second.getByRole("main").getByRole("alert")).toContainText("登录失败次数过多");
    await expect(second).toHaveURL(`${secondBaseURL}/login`);
  });
});
