import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/demo-users";
import { appRoutes } from "./app-routes";
import { MATRIX_ROLES, ROUTES, type Access, type MatrixRole } from "./route-matrix";
import { concreteUrl } from "./route-urls";

// The role × route matrix: every page and route handler found under app/, requested as each role with the
// cookies of a real sign-in, must answer exactly as e2e/route-matrix.ts expects.

/** Signs in through next-auth's own endpoints, exactly as the login form does. */
async function sessionFor(role: MatrixRole, baseURL: string): Promise<APIRequestContext> {
  // Each role from its own address, so the per-address login limit is never shared with other tests.
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${MATRIX_ROLES.indexOf(role) + 10}` } });
  if (role === "anonymous") return context;
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  await context.post("/api/auth/callback/credentials", { form: { csrfToken, username: role, password: DEMO_PASSWORD, json: "true" } });
  const session = await (await context.get("/api/auth/session")).json();
  expect(session.uid, `sign-in as ${role}`).toBeTruthy();
  return context;
}

const DENIED_PAGES = /^\/(login|admin\/denied|admin\/password)(\?|$)/;

/** allow: the route answered (2xx, a redirect elsewhere, or 400 for input it did not like); deny: refused. */
async function classify(response: APIResponse): Promise<Access | `error ${number}`> {
  const status = response.status();
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers()["location"] ?? "/", "http://x");
    return DENIED_PAGES.test(location.pathname + location.search) ? "deny" : "allow";
  }
  if ([401, 403, 404].includes(status)) return "deny";
  if (status >= 500) return `error ${status}`;
  if (status === 200 && (response.headers()["content-type"] ?? "").includes("text/html")) {
    // a redirect that happened after streaming began arrives as a meta refresh
    const refresh = (await response.text()).match(/http-equiv="refresh" content="\d+;\s*url=([^"]+)"/);
    if (refresh && DENIED_PAGES.test(refresh[1])) return "deny";
  }
  return "allow";
}

test("every page and route handler is in the matrix, and the matrix lists no route that is gone", () => {
  const found = appRoutes().map((r) => r.route);
  expect(found.filter((route) => !(route in ROUTES)), "routes missing from e2e/route-matrix.ts").toEqual([]);
  expect(Object.keys(ROUTES).filter((route) => !found.includes(route)), "entries in e2e/route-matrix.ts without a route").toEqual([]);
});

test("role × route: every role gets exactly the expected answer from every page and route handler", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const routes = appRoutes().filter((r) => r.route in ROUTES);
  const mismatches: string[] = [];
  let checked = 0;
  for (const role of MATRIX_ROLES) {
    const context = await sessionFor(role, baseURL!);
    for (const { route, methods: exported } of routes) {
      const entry = ROUTES[route];
      const url = await concreteUrl(route, entry.params);
      for (const method of entry.methods ?? exported) {
        const response = await context.fetch(url, { method, maxRedirects: 0 });
        const got = await classify(response);
        checked++;
        if (got !== entry.expect[role]) mismatches.push(`${role.padEnd(10)} ${method} ${url}: expected ${entry.expect[role]}, got ${got}`);
      }
    }
    await context.dispose();
  }
  expect(mismatches, "unexpected answers (an allow here is a hole; a deny is a broken page)").toEqual([]);
  expect(checked).toBeGreaterThanOrEqual(Object.keys(ROUTES).length * MATRIX_ROLES.length);
});
