import { expect, test, type BrowserContext } from "@playwright/test";
import { decode, encode, type JWT } from "next-auth/jwt";
import { env } from "../lib/env";
import { signIn } from "./fixtures";

// The server's secret is the development default in the e2e server (playwright.config.ts sets none), so the
// test can move the session clock inside the real cookie — the same as a browser left idle that long.
const COOKIE = "next-auth.session-token";
const MINUTE = 60_000;

async function sessionToken(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === COOKIE);
  if (!cookie) throw new Error("no session cookie");
  const token = await decode({ token: cookie.value, secret: env.NEXTAUTH_SECRET });
  return { cookie, token: token! };
}

/** Rewrites the session cookie as if the last activity was `idleMs` ago. */
async function ageSession(context: BrowserContext, idleMs: number) {
  const { cookie, token } = await sessionToken(context);
  const claims: JWT = { ...token, la: Date.now() - idleMs };
  delete claims.iat;
  delete claims.exp;
  delete claims.jti;
  const value = await encode({ token: claims, secret: env.NEXTAUTH_SECRET, maxAge: 3600 });
  await context.addCookies([{ ...cookie, value }]);
}

test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.61" } });

test(`a session idle for longer than ${env.SESSION_IDLE_MINUTES} minutes is signed out`, async ({ page, context }) => {
  await signIn(page, "clerk");
  await ageSession(context, (env.SESSION_IDLE_MINUTES + 1) * MINUTE);
  await page.goto("/admin/items");
  await expect(page).toHaveURL(/\/login\?notice=expired/);
  await expect(page.getByRole("status")).toContainText("长时间未操作");
  expect((await context.cookies()).some((c) => c.name === COOKIE)).toBe(false);
});

test("the server refuses an idle session even where the proxy does not run (prefetch requests)", async ({ page, context }) => {
  await signIn(page, "clerk");
  await ageSession(context, (env.SESSION_IDLE_MINUTES + 1) * MINUTE);
  const response = await page.request.get("/admin", { headers: { "next-router-prefetch": "1" }, maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toMatch(/\/login$/);
});

test("activity within the limit keeps the session and renews its activity stamp", async ({ page, context }) => {
  await signIn(page, "clerk");
  await ageSession(context, (env.SESSION_IDLE_MINUTES - 1) * MINUTE);
  const before = (await sessionToken(context)).token.la!;
  await page.reload();
  await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible();
  const after = (await sessionToken(context)).token.la!;
  expect(after - before).toBeGreaterThan((env.SESSION_IDLE_MINUTES - 2) * MINUTE);
});
