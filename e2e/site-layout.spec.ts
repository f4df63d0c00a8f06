import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { publicStaticPages } from "./site-pages";

// Phone and desktop: screenshots of the main public pages at 375 px and 1280 px (kept as CI artifacts in
// test-results/screenshots/, looked at by people, not compared pixel by pixel), and no public page scrolls sideways
// on a 375 px phone — in the normal and in the large-text mode.

const SHOTS = "test-results/screenshots";
const WIDTHS = [375, 1280];

/** A published item and a published report, found through the UI (the report is published by reports.spec.ts). */
async function deepPages(page: Page): Promise<{ name: string; url: string }[]> {
  await page.goto("/catalogue");
  const item = await page.getByRole("list", { name: "检索结果" }).getByRole("link").first().getAttribute("href");
  await page.goto("/reports");
  const reports = page.getByRole("main").getByRole("link", { name: /年度报告$/ });
  const report = (await reports.count()) > 0 ? await reports.first().getAttribute("href") : null;
  return [
    { name: "item", url: item! },
    ...(report ? [{ name: "report", url: report }] : []),
  ];
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
}

test("screenshots of the main public pages at 375 px and 1280 px", async ({ page }) => {
  test.setTimeout(90_000);
  fs.mkdirSync(SHOTS, { recursive: true });
  const pages = [
    { name: "home", url: "/" },
    { name: "catalogue", url: "/catalogue" },
    { name: "search", url: "/catalogue?q=土地" },
    { name: "apply", url: "/apply" },
    { name: "track", url: "/track" },
    { name: "reports", url: "/reports" },
    { name: "sitemap", url: "/sitemap" },
    ...(await deepPages(page)),
  ];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const { name, url } of pages) {
      await page.goto(url);
      await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
    }
  }
  expect(fs.readdirSync(SHOTS).filter((f) => f.endsWith(".png")).length).toBeGreaterThanOrEqual(pages.length * WIDTHS.length);
});

test("no public page scrolls sideways at 375 px, in normal and in large-text mode", async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 375, height: 800 });
  const urls = [...publicStaticPages(), "/catalogue?q=土地", "/no-such-page", ...(await deepPages(page)).map((p) => p.url)];
  const wide: string[] = [];
  for (const large of [false, true]) {
    if (large) await context.addCookies([{ name: "gk-large", value: "1", url: baseURL! }]);
    for (const url of urls) {
      await page.goto(url);
      const extra = await overflow(page);
      if (extra > 0) wide.push(`${url}${large ? " (large text)" : ""}: ${extra} px too wide`);
    }
  }
  expect(wide).toEqual([]);
});
