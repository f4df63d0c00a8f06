import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { appRoutes } from "./app-routes";
import { openAs, type Role } from "./site-pages";
import { ROUTES } from "./route-matrix";
import { concreteUrl } from "./route-urls";

// axe-core (WCAG 2.0/2.1 A and AA rules, the level GB/T 37668-2019 asks for) over every page under app/: each page
// is opened as the first role allowed to see it, so every public page and every admin form is checked, and a new
// page cannot be missed — the list comes from the file system and e2e/route-matrix.ts, like the route matrix.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** Only violations are reported in detail: computing the passes too roughly doubles the time per page. */
const axe = (page: Page) => new AxeBuilder({ page }).withTags(WCAG).options({ resultTypes: ["violations"] }).analyze();
/** The role each page is checked as: anonymous for the public site; the supervisor sees the most forms. */
const PREFERENCE: Role[] = ["anonymous", "supervisor", "admin", "clerk", "sfj-clerk"];
/** Pages no role may open with the matrix's fixtures, checked at an address that shows them (the demo data publishes
 *  小陶镇's 2020 report). */
const OPENABLE: Record<string, { role: Role; url: string }> = {
  "/reports/[org]/[year]": { role: "anonymous", url: "/reports/xiaotao/2020" },
};
/** Public states worth checking beyond each route's plain address. */
const EXTRA: { role: Role; url: string }[] = [
  { role: "anonymous", url: "/catalogue?q=土地" },
  { role: "anonymous", url: "/catalogue?q=没有这样的信息" },
  { role: "anonymous", url: "/no-such-page" },
];

/** Every page with the role it is checked as; `url` resolves fixtures, so call it only once the server has seeded. */
function pagesToCheck(): { role: Role; url: () => string | Promise<string> }[] {
  const pages = appRoutes()
    .filter((r) => r.kind === "page")
    .map(({ route }) => {
      const openable = OPENABLE[route];
      if (openable) return { role: openable.role, url: () => openable.url };
      const entry = ROUTES[route];
      const role = PREFERENCE.find((r) => entry?.expect[r] === "allow");
      if (!entry || !role) throw new Error(`${route}: no role may open it; add it to OPENABLE in e2e/site-a11y.spec.ts`);
      return { role, url: () => concreteUrl(route, entry.params) };
    });
  return [...pages, ...EXTRA.map(({ role, url }) => ({ role, url: () => url }))];
}

for (const role of PREFERENCE.filter((r) => pagesToCheck().some((p) => p.role === r))) {
  test(`axe: no serious or critical WCAG 2.1 AA violation on the pages checked as ${role}`, async ({ browser, baseURL }) => {
    const pages = await Promise.all(
      pagesToCheck()
        .filter((p) => p.role === role)
        .map(async (p) => ({ url: await p.url() })),
    );
    test.setTimeout(30_000 + pages.length * 8_000);
    const { context, page } = await openAs(browser, baseURL!, role);
    const problems: string[] = [];
    for (const { url } of pages) {
      await page.goto(url);
      const results = await axe(page);
      for (const v of results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
        problems.push(`${url}: [${v.impact}] ${v.id} — ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
      }
      // Conventions axe does not enforce: the language, a title naming the page, header cells with a scope.
      if ((await page.locator("html").getAttribute("lang")) !== "zh-CN") problems.push(`${url}: html lang is not zh-CN`);
      const title = await page.title();
      if (!title || (new URL(url, baseURL).pathname !== "/" && !title.includes(" - ") && !title.includes("系统出错")))
        problems.push(`${url}: the title "${title}" does not name the page`);
      const unscoped = await page.locator("th:not([scope])").count();
      if (unscoped > 0) problems.push(`${url}: ${unscoped} <th> without scope`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
}

test("axe: the public pages pass in large-text, high-contrast mode too", async ({ browser, baseURL }) => {
  const { context, page } = await openAs(browser, baseURL!, "anonymous");
  await context.addCookies(["gk-large", "gk-contrast"].map((name) => ({ name, value: "1", url: baseURL! })));
  const problems: string[] = [];
  for (const url of ["/", "/catalogue?q=土地", "/apply"]) {
    await page.goto(url);
    await expect(page.locator("html")).toHaveClass("view-large view-contrast");
    const results = await axe(page);
    for (const v of results.violations.filter((v) => v.impact === "serious" || v.impact === "critical"))
      problems.push(`${url}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }
  await context.close();
  expect(problems).toEqual([]);
});
