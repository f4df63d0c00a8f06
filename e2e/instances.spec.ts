import { expect, type Browser, type Page } from "@playwright/test";
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

  test("a publish, a withdrawal and a guide edited on one instance show on the other's very next request, cache or not", async ({ page, browser, baseURL, secondBaseURL }) => {
    test.slow();
    const main = (p: Page) => p.getByRole("main");
    // Anonymous visitors of each instance (no cookie: their pages come from the public-page cache).
    const visitor = async (b: Browser, origin: string) => (await b.newContext({ baseURL: origin })).newPage();
    const first = await visitor(browser, baseURL!);
    const second = await visitor(browser, secondBaseURL!);
    const cached = async (p: Page, path: string) => {
      await p.goto(path);
      const response = await p.goto(path);
      expect(response!.headers()["x-cache"], `${p.url()} served from the cache`).toBe("hit");
    };

    // A published item, on both instances' caches.
    await signIn(page, "supervisor");
    await page.goto("/admin/items?status=published");
    const link = main(page).getByRole("table").getByRole("link").first();
    const title = (await link.textContent())!;
    await link.click();
    const itemPath = (await main(page).getByRole("link", { name: "查看公开页面" }).getAttribute("href"))!;
    for (const p of [first, second]) {
      await cached(p, itemPath);
      await expect(p.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await cached(p, "/org/xiaotao/guide");
    }

    // Withdrawn on instance 1: instance 2's next answer is the withdrawal notice.
    await page.getByLabel("撤回理由").fill("两实例缓存测试");
    await page.getByRole("button", { name: "撤回" }).click();
    await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定撤回" }).click();
    await expect(main(page).getByText("已撤回", { exact: true })).toBeVisible();
    const notice = await second.goto(itemPath);
    expect(notice!.headers()["x-cache"]).toBe("miss");
    await expect(main(second).getByText("该信息已撤回，不再公开。撤回原因：两实例缓存测试")).toBeVisible();

    // A new item published on instance 1 is in instance 2's catalogue at once.
    await cached(second, "/catalogue");
    await signOut(page);
    await signIn(page, "clerk");
    const fresh = `两实例发布测试（${Date.now()}）`;
    await page.goto("/admin/items/new");
    await page.getByLabel("标题").fill(fresh);
    await page.getByLabel("主题分类").selectOption({ label: "规划计划" });
    await page.getByLabel("成文日期").fill(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10));
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page).toHaveURL(/\/admin\/items\/[a-z0-9]+\?done=created$/);
    const editPath = new URL(page.url()).pathname;
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "已提交审核" })).toBeVisible();
    await signOut(page);
    await signIn(page, "supervisor");
    await page.goto(editPath);
    await page.getByRole("button", { name: "审核通过并发布" }).click();
    await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定发布" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "已审核发布" })).toBeVisible();
    await second.goto("/catalogue");
    await expect(second.getByRole("list", { name: "检索结果" }).getByRole("link", { name: fresh })).toBeVisible();

    // The body's guide edited on instance 1: instance 2's cached guide page follows at once.
    const guide = `查阅场所：两实例测试 ${Date.now()}`;
    await page.goto("/admin/organization");
    await page.getByLabel("公开指南补充说明").fill(guide);
    await page.getByRole("button", { name: "保存设置" }).click();
    await expect(main(page).getByRole("status")).toHaveText("已保存。");
    await second.goto("/org/xiaotao/guide");
    await expect(main(second).getByText(guide)).toBeVisible();
    await first.goto("/org/xiaotao/guide");
    await expect(main(first).getByText(guide)).toBeVisible();
  });
});
