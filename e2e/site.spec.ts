import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { publicStaticPages } from "./site-pages";

// 政府网站 conventions and 适老化 on the public site: footer from the site settings, 网站地图, header search,
// the reading-aid toggle, 404, the skip link, visible focus and announced form errors.

test("an admin sets the footer's 备案 numbers; a bad number is refused next to its field and announced", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "网站设置" }).click();
  await expect(page.getByRole("heading", { name: "网站设置" })).toBeVisible();
  await expect(page).toHaveTitle("网站设置 - 管理后台");

  const identifier = page.getByLabel("网站标识码");
  await identifier.fill("12345");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("提交的内容有误，请按提示修改。");
  await expect(identifier).toHaveAttribute("aria-invalid", "true");
  await expect(identifier).toBeFocused();
  await expect(identifier).toHaveAccessibleDescription(/网站标识码应为 10 位/);

  await identifier.fill("3504810002");
  await page.getByLabel("ICP备案号").fill("闽ICP备87654321号-2");
  await page.getByLabel("公安机关备案号").fill("闽公网安备 35048102000999号");
  await page.getByLabel("联系电话").fill("0598-3611111");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("已保存，公开网站已更新。");

  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("主办单位：永安市人民政府办公室");
  await expect(footer).toContainText("网站标识码：3504810002");
  await expect(footer).toContainText("电话：0598-3611111");
  await expect(footer.getByRole("link", { name: "闽ICP备87654321号-2" })).toHaveAttribute("href", "https://beian.miit.gov.cn/");
  await expect(footer.getByRole("link", { name: "闽公网安备 35048102000999号" })).toHaveAttribute(
    "href",
    "https://beian.mps.gov.cn/#/query/webSearch?code=35048102000999",
  );

  await page.goto("/admin/audit?action=site.");
  await expect(page.getByRole("main").getByText("site.update").first()).toBeVisible();
});

test("the 网站地图 links every public page; the header search finds items; an item page has breadcrumbs and prints clean", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "网站地图" }).click();
  await expect(page.getByRole("heading", { name: "网站地图", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/^网站地图 - /);
  const hrefs = await page.getByRole("main").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const missing = publicStaticPages().filter((route) => route !== "/sitemap" && !hrefs.includes(route));
  expect(missing, "public pages not linked from the 网站地图").toEqual([]);
  expect(hrefs.filter((href) => href?.startsWith("/catalogue?category=")).length, "a link per category").toBeGreaterThan(3);

  await page.getByRole("main").getByRole("link", { name: "政府信息公开制度" }).click();
  await expect(page.getByRole("heading", { name: "政府信息公开制度" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "当前位置" })).toContainText("首页›政府信息公开制度");

  const search = page.getByRole("search", { name: "全站搜索" });
  await search.getByRole("searchbox", { name: "搜索政府信息" }).fill("低保");
  await search.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/\/catalogue\?q=%E4%BD%8E%E4%BF%9D/);
  await expect(page.getByRole("searchbox", { name: "关键词" })).toHaveValue("低保");
  await expect(page.getByRole("list", { name: "检索结果" }).getByRole("listitem").first()).toBeVisible();

  // An item page: breadcrumbs back to its category, and its section marked in the navigation.
  await page.getByRole("list", { name: "检索结果" }).getByRole("link").first().click();
  const crumbs = page.getByRole("navigation", { name: "当前位置" });
  await expect(crumbs.getByRole("link")).toHaveText(["首页", "法定主动公开内容", /.+/]);
  await expect(crumbs.getByText("正文")).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "法定主动公开内容" })).toHaveAttribute("aria-current", "page");

  // Printed, the page is the document alone: no header, navigation, breadcrumbs or footer.
  await page.emulateMedia({ media: "print" });
  for (const chrome of [page.getByRole("banner"), crumbs, page.getByRole("contentinfo"), page.getByRole("button", { name: "打印本页" })]) await expect(chrome).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("large text and high contrast: toggled by keyboard, announced as pressed, kept on the next page with no flash", async ({ page }) => {
  await page.goto("/guide");
  const large = page.getByRole("button", { name: "大字模式" });
  const contrast = page.getByRole("button", { name: "高对比度" });
  await expect(large).toHaveAttribute("aria-pressed", "false");
  const before = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

  await large.focus();
  await page.keyboard.press("Enter");
  await expect(large).toHaveAttribute("aria-pressed", "true");
  await contrast.focus();
  await page.keyboard.press("Space");
  await expect(contrast).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveClass("view-large view-contrast");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(`${parseFloat(before) * 1.25}px`);

  // The server renders the mode: the page's HTML already carries the classes (no flash of the small page).
  const html = await (await page.request.get("/catalogue")).text();
  expect(html).toMatch(/<html lang="zh-CN" class="view-large view-contrast"/);
  await page.goto("/catalogue");
  await expect(page.getByRole("button", { name: "大字模式" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "大字模式" }).click();
  await page.getByRole("button", { name: "高对比度" }).click();
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/view-/);
});

test("keyboard: the skip link jumps to the content, and focus is visible", async ({ page }) => {
  await page.goto("/catalogue");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到主要内容" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  // The next Tab lands inside the content, and the focused element shows the focus ring.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).toBe("solid");
  expect(ring.width).toBeGreaterThanOrEqual(2);
});

test("unknown pages and records answer a Chinese 404 with a way back", async ({ page }) => {
  const response = await page.goto("/items/no-such-item");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "您访问的页面不存在" })).toBeVisible();
  await expect(page).toHaveTitle(/^页面不存在/);
  await page.getByRole("link", { name: "查看网站地图" }).click();
  await expect(page.getByRole("heading", { name: "网站地图", level: 1 })).toBeVisible();
});
