import { expect, type Browser } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/demo-users";
import { MATRIX_ROLES, ROUTES, type MatrixRole } from "./route-matrix";

export type Role = MatrixRole;

/**
 * A browser context signed in as a demo user through next-auth's own endpoints (as the login form does), so a spec
 * signs in once per role rather than once per page. Each role from its own address: the login limit is per address.
 */
export async function openAs(browser: Browser, baseURL: string, role: Role) {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${MATRIX_ROLES.indexOf(role) + 40}` } });
  if (role !== "anonymous") {
    const { csrfToken } = await (await context.request.get("/api/auth/csrf")).json();
    await context.request.post("/api/auth/callback/credentials", { form: { csrfToken, username: role, password: DEMO_PASSWORD, json: "true" } });
    expect((await (await context.request.get("/api/auth/session")).json()).uid, `sign-in as ${role}`).toBeTruthy();
  }
  return { context, page: await context.newPage() };
}

/** The public pages without [param] segments, from e2e/route-matrix.ts: what anonymous readers may open. */
export function publicStaticPages(): string[] {
  return Object.entries(ROUTES)
    .filter(([route, entry]) => entry.expect.anonymous === "allow" && !route.includes("[") && !route.startsWith("/api/") && !/\.\w+$/.test(route))
    .map(([route]) => route);
}
