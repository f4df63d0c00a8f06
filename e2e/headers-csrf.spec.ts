import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/demo-users";
import { signIn, uniqueName } from "./fixtures";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.71" } });

function expectCommonHeaders(path: string, headers: Record<string, string>) {
  const csp = headers["content-security-policy"];
  expect(csp, `${path}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-powered-by"]).toBeUndefined();
}

test("every page carries the security headers, and Next's scripts run under the nonce CSP without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/login", "/apply"]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expectCommonHeaders(path, headers);
    expect(headers["x-cache"], `${path} is never served from the public-page cache`).toBeUndefined();
    const nonce = headers["content-security-policy"].match(/'nonce-([^']+)'/)?.[1];
    expect(nonce, `${path}: CSP has a script nonce`).toBeTruthy();
    // Next put this request's nonce on its inline scripts
    const scripts = await page.locator("script:not([src])").evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((n) => n === nonce)).toBe(true);
  }
  // the React app is alive under the policy: client-side sign-in works
  await signIn(page, "clerk");
  expect(violations).toEqual([]);
});

test("a public page served from the cache: no nonce, each of Next's inline scripts allowed by its hash, the app runs without violations", async ({ browser }) => {
  // A visitor without cookies (the clerk's session of other tests would bypass the cache).
  const page = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.72" } })).newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const path = `/catalogue?year=${new Date().getFullYear()}`;
  const states: string[] = [];
  for (let visit = 0; visit < 2; visit++) {
    const response = await page.goto(path);
    const headers = response!.headers();
    states.push(headers["x-cache"]);
    expectCommonHeaders(path, headers);
    const scriptSrc = headers["content-security-policy"].split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    expect(headers["cache-control"]).toBe("no-cache");
    const hashes = await page.locator("script:not([src])").evaluateAll(async (nodes) =>
      Promise.all(
        nodes.map(async (n) => {
          const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(n.textContent ?? ""));
          return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
        }),
      ),
    );
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(scriptSrc).toContain(hash);
  }
  expect(states).toEqual(["miss", "hit"]);
  // Hydrated: a client component (the 适老化 toggle) works; its cookie then keys a page of its own.
  await page.getByRole("button", { name: "大字模式" }).click();
  await expect(page.locator("html")).toHaveClass(/view-large/);
  const large = await page.reload();
  expect(large!.headers()["x-cache"]).toBe("miss");
  await expect(page.locator("html")).toHaveClass(/view-large/);
  await expect(page.getByRole("button", { name: "大字模式" })).toHaveAttribute("aria-pressed", "true");
  expect(violations).toEqual([]);
});

test("markup injected into a page cannot run script: no nonce, no inline handlers", async ({ page }) => {
  // Simulates stored XSS: the server's own HTML (and its CSP header) with an attacker's markup spliced in.
  await page.route("**/guide", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</body>",
      `<script>window.__injected = "script"</script><img src="/nope.png" onerror="window.__injected = 'handler'"></body>`,
    );
    await route.fulfill({ response, body: html });
  });
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.goto("/guide");
  await expect(page.getByRole("heading", { name: "政府信息公开指南" })).toBeVisible();
  await expect.poll(() => blocked.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
});

test("a server action posted from another origin is refused and changes nothing; the same request from this origin works", async ({ page, baseURL }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users/new");
  const username = uniqueName("csrf");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("姓名").fill("跨站测试");
  await page.getByLabel("初始密码", { exact: true }).fill("Chushi#2026x");
  await page.getByLabel("确认初始密码").fill("Chushi#2026x");

  // Capture the browser's real server-action request, but do not let it reach the server.
  const captured = new Promise<{ url: string; headers: Record<string, string>; body: Buffer }>((resolve) =>
    page.route("**/admin/users/new", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      resolve({ url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer()! });
      await route.abort();
    }),
  );
  await page.getByRole("button", { name: "创建用户" }).click();
  const { url, headers, body } = await captured;
  expect(headers["next-action"]).toBeTruthy();

  const replay = (origin: string) =>
    page.request.post(url, {
      headers: { ...headers, origin, host: new URL(baseURL!).host },
      data: body,
      maxRedirects: 0,
    });

  const forged = await replay("https://evil.example");
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  await page.unrouteAll();
  await page.goto("/admin/users");
  await expect(page.getByRole("link", { name: username })).toHaveCount(0);

  const genuine = await replay(new URL(baseURL!).origin);
  expect(genuine.status()).toBe(200);
  await page.goto("/admin/users");
  await expect(page.getByRole("link", { name: username })).toBeVisible();
});

test("next-auth refuses a sign-in POST without its CSRF token", async ({ request }) => {
  await request.post("/api/auth/callback/credentials", { form: { username: "clerk", password: DEMO_PASSWORD, json: "true" }, maxRedirects: 0 });
  const session = await (await request.get("/api/auth/session")).json();
  expect(session.uid).toBeUndefined();
});
