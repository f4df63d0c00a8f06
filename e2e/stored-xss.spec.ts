import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, signOut } from "./fixtures";

// Stored XSS through every public page, as a cache miss and as a hit: hostile text goes in through the real forms
// (an item's title and HTML body, an attachment's file name, an annual report's prose), is published, and every
// public page that shows it is opened twice by an anonymous visitor. Nothing may run: no dialog, no window.__xss,
// no CSP report from our own scripts; the text shows as text; the cached pages' CSP allows no nonce and no
// 'unsafe-inline'. The pages' CSP would block injected scripts anyway — these pages must not even contain them.

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const run = Date.now().toString(36);

const PAYLOADS = [
  `<script>window.__xss="script"</script>`,
  `<img src=x onerror="window.__xss='img'">`,
  `<svg onload="window.__xss='svg'"><circle r=1 /></svg>`,
  `<a href="javascript:window.__xss='js-link'">链接一</a>`,
  `<a href="JaVaScRiPt&#58;window.__xss='entity-link'">链接二</a>`,
  `"><script>window.__xss="attribute-break"</script>`,
  `'></textarea></title></script><script>window.__xss="element-break"</script>`,
  `<iframe srcdoc="<script>parent.__xss='srcdoc'</script>"></iframe>`,
  `<style>*{background:url("javascript:window.__xss='style'")}</style>`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__xss='meta'">`,
  `{{constructor.constructor('window.__xss="template"')()}}`,
  `\${window.__xss="template-literal"}`,
  `＜script＞window.__xss="fullwidth"＜/script＞`,
  `<scr<script>ipt>window.__xss="nested"</scr</script>ipt>`,
  `<details open ontoggle="window.__xss='details'">细节</details>`,
  `<object data="javascript:window.__xss='object'"></object><embed src="javascript:window.__xss='embed'">`,
  `<form action="javascript:window.__xss='form'"><button>提交</button></form>`,
  `<base href="javascript:/"><a href="/x">基准</a>`,
];
const TITLE = `XSS标题${run} <script>window.__xss="title"</script><img src=x onerror=alert('title')>"><svg onload=alert(1)>{{constructor.constructor('alert(1)')()}}`;
const BODY = `<p>正文开头${run}</p>\n${PAYLOADS.map((p) => `<p>${p}</p>`).join("\n")}\n<p>正文结尾</p>`;
const FILE = `'><img src=x onerror=alert('file')>{{7*7}}附件${run}.pdf`;
const PROSE = `年报正文${run}：${PAYLOADS.slice(0, 8).join(" ")}`;

type Watch = { dialogs: string[]; violations: string[] };

function watch(page: Page): Watch {
  const seen: Watch = { dialogs: [], violations: [] };
  page.on("dialog", async (dialog) => {
    seen.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.violations.push(message.text());
  });
  return seen;
}

/** Opens a public page twice as an anonymous visitor: the first answer is rendered (miss), the second comes from the cache. */
async function visitTwice(browser: Browser, path: string, check: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.91" } });
  const page = await context.newPage();
  const seen = watch(page);
  const states: string[] = [];
  for (let visit = 0; visit < 2; visit++) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    const headers = response!.headers();
    states.push(headers["x-cache"]);
    const scriptSrc = headers["content-security-policy"].split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc, `${path}: cached-page policy`).not.toMatch(/nonce|unsafe-inline|unsafe-eval|strict-dynamic/);
    await check(page);
    // Give handlers (onerror, onload, refresh) time to fire had they been there.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), `${path}: window.__xss`).toBeUndefined();
    expect(page.url()).toContain(path.split("?")[0]);
  }
  expect(states, `${path}: miss then hit`).toEqual(["miss", "hit"]);
  expect(seen.dialogs, `${path}: dialogs`).toEqual([]);
  expect(seen.violations, `${path}: CSP violations`).toEqual([]);
  await context.close();
}

test("hostile titles, bodies, attachment names and report prose run nowhere on the public pages, cached or not", async ({ page, browser }) => {
  test.slow();
  const seen = watch(page);

  // An item through the clerk's form, with an attachment, published by the supervisor.
  await signIn(page, "clerk");
  await page.goto("/admin/items/new");
  await page.getByLabel("标题").fill(TITLE);
  await page.getByLabel("主题分类").selectOption({ label: "安全生产、应急管理" });
  await page.getByLabel("体裁").selectOption({ label: "其他" });
  await page.getByLabel("成文日期").fill(today());
  await page.getByLabel("正文").fill(BODY);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page).toHaveURL(/\/admin\/items\/[a-z0-9]+\?done=created$/);
  const itemPath = new URL(page.url()).pathname.replace("/admin", "");
  await page.getByLabel("选择文件").setInputFiles({ name: FILE, mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "上传附件" }).click();
  await expect(page.getByRole("main").getByRole("link", { name: new RegExp(`附件${run}`) })).toBeVisible();
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "已提交审核" })).toBeVisible();
  await signOut(page);
  await signIn(page, "supervisor");
  await page.goto(`/admin${itemPath}`);
  await page.getByRole("button", { name: "审核通过并发布" }).click();
  await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定发布" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "已审核发布" })).toBeVisible();

  // Report prose through the report editor, published as a new version.
  await page.goto("/admin/reports/2020");
  await page.getByText("编辑正文").click();
  await page.getByRole("textbox", { name: "五、存在的主要问题及改进情况" }).fill(PROSE);
  await page.getByRole("button", { name: "保存正文" }).click();
  await expect(page.getByText("正文已保存。")).toBeVisible();
  const publish = page.getByRole("region", { name: "发布", exact: true });
  await publish.getByRole("button", { name: /^发布第 \d+ 版$/ }).click();
  await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定发布" }).click();
  const outcome = publish.getByRole("status").or(publish.getByRole("alert"));
  await expect(outcome).toBeVisible();
  if ((await publish.getByRole("alert").count()) > 0) {
    for (const reason of await publish.getByLabel(/^覆盖理由：/).all()) await reason.fill("测试用的覆盖理由，内容已另行说明");
    await publish.getByRole("button", { name: /^发布第 \d+ 版$/ }).click();
    await page.getByRole("dialog", { name: "请确认" }).getByRole("button", { name: "确定发布" }).click();
  }
  await expect(publish.getByRole("status")).toHaveText("已发布。公众现在看到的是这一版本。");
  await signOut(page);
  expect(seen.dialogs).toEqual([]);

  const attachmentVisible = async (p: Page) => {
    const link = p.getByRole("main").getByRole("link", { name: new RegExp(`附件${run}`) });
    await expect(link).toBeVisible();
    // The file is served as a download of its own type, never sniffed: a <script src> pointing at it cannot run.
    const file = await p.request.get((await link.getAttribute("href"))!);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect(file.headers()["x-content-type-options"]).toBe("nosniff");
    expect(file.headers()["content-disposition"]).toMatch(/^attachment;/);
  };

  await visitTwice(browser, itemPath, async (p) => {
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expect(p.getByRole("main")).toContainText(`正文开头${run}`);
    await expect(p.getByRole("main")).toContainText("{{constructor.constructor(");
    await expect(p.getByRole("main")).toContainText("＜script＞");
    // The sanitised body keeps no script, frame, object, style, meta, form or handler, and no javascript: link.
    const hostile = await p.locator("main script, main iframe, main object, main embed, main style, main meta, main form[action^='javascript'], main base, main svg, main [onerror], main [onload], main [ontoggle], main a[href^='javascript' i]").count();
    expect(hostile).toBe(0);
    await attachmentVisible(p);
  });
  await visitTwice(browser, `/catalogue?q=${encodeURIComponent(`XSS标题${run}`)}`, async (p) => {
    await expect(p.getByRole("list", { name: "检索结果" }).getByRole("link", { name: TITLE })).toBeVisible();
  });
  await visitTwice(browser, "/catalogue", async (p) => {
    await expect(p.getByRole("list", { name: "检索结果" }).getByRole("link", { name: TITLE })).toBeVisible();
  });
  await visitTwice(browser, "/", async (p) => {
    await expect(p.getByRole("main").getByRole("link", { name: TITLE })).toBeVisible();
  });
  await visitTwice(browser, "/org/xiaotao", async (p) => {
    await expect(p.getByRole("main").getByRole("link", { name: TITLE })).toBeVisible();
  });
  await visitTwice(browser, "/reports/xiaotao/2020", async (p) => {
    await expect(p.getByRole("article")).toContainText(PROSE);
  });

  // The feed and the open-data API carry the title as escaped text.
  const anonymous = await browser.newContext();
  const feed = await anonymous.request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain(`XSS标题${run} &lt;script&gt;`);
  expect(xml).not.toContain(`XSS标题${run} <script>`);
  const api = await (await anonymous.request.get(`/api/catalogue?q=${encodeURIComponent(`XSS标题${run}`)}`)).json();
  expect(api.items[0].title).toBe(TITLE);
  await anonymous.close();
});
