import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { sequentialLatency, treeCpuMs, type Server } from "./http";
import type { Measurement } from "./results";

// (6) The platform's pages at a province's scale: 机构导航 and its search, a body's home page, and the oversight
// console at the province's root, signed in as the province's 政务公开办 with a session minted for the run.

export const PLATFORM_TARGET = "p95 < 100 ms";
/** The bench's overseer: no password anyone knows (the hash is of nothing), signed in only by the minted cookie. */
const OVERSEER = { id: "bench-overseer", username: "bench-overseer", name: "省政务公开办" };

/**
 * The province's root, a median body (by items) and the overseer, created in the bench database when missing —
 * through the app's own client, so the same on SQLite and PostgreSQL.
 */
async function prepare() {
  const [root] = await db.$queryRaw<{ id: string; code: string }[]>`
    SELECT "id", "code" FROM "Organization" WHERE "parentId" IS NULL ORDER BY "code" LIMIT 1`;
  const bodies = await db.$queryRaw<{ code: string }[]>`
    SELECT o."code" FROM "Organization" o JOIN "IndexSequence" s ON s."orgId" = o."id" GROUP BY o."id", o."code" ORDER BY SUM(s."last"), o."code"`;
  const { sessionVersion } = await db.user.upsert({
    where: { id: OVERSEER.id },
    create: { ...OVERSEER, passwordHash: "!", role: "OVERSEER", orgId: root.id },
    update: { orgId: root.id, active: true },
    select: { sessionVersion: true },
  });
  return { root, median: bodies[Math.floor(bodies.length / 2)].code, sessionVersion };
}

/** next-auth's session cookie for the overseer, as lib/auth/options.ts's jwt callback would have written it at sign-in. */
async function sessionCookie(secret: string, sessionVersion: number): Promise<string> {
  const now = Date.now();
  const token = await encode({ token: { name: OVERSEER.name, uid: OVERSEER.id, sv: sessionVersion, sia: now, la: now }, secret, maxAge: 3600 });
  return `next-auth.session-token=${token}`;
}

export async function measurePlatform(app: Server, options: { requests: number; secret: string }, log: (message: string) => void): Promise<Measurement[]> {
  const { root, median, sessionVersion } = await prepare();
  const cookie = await sessionCookie(options.secret, sessionVersion);
  // The overseer's dashboard is measured as a figure: issue #14 sets no target for it (it sums the whole subtree).
  const pages: { label: string; path: string; signedIn?: boolean; expect: string; figure?: boolean }[] = [
    { label: `机构导航, the province's own bodies (/org?parent=${root.code})`, path: `/org?parent=${root.code}`, expect: "下级机构" },
    { label: "机构导航 search (/org?q=司法局)", path: `/org?q=${encodeURIComponent("司法局")}`, expect: "找到" },
    { label: `a body's home page, median body (/org/${median})`, path: `/org/${median}`, expect: "信息公开" },
    { label: "dashboard of the province's 政务公开办 (/admin)", path: "/admin", signedIn: true, expect: "工作台", figure: true },
    { label: "oversight console, province root, by code", path: "/admin/oversight", signedIn: true, expect: "政务公开监督" },
    { label: "oversight console, province root, by overdue requests", path: "/admin/oversight?sort=overdue", signedIn: true, expect: "政务公开监督" },
    { label: "oversight console, province root, by late items", path: "/admin/oversight?sort=lateItems", signedIn: true, expect: "政务公开监督" },
  ];
  const results: Measurement[] = [];
  for (const page of pages) {
    log(`${page.label}…`);
    const url = `http://127.0.0.1:${app.port}${page.path}`;
    // redirect: "manual" — a session the app refused would otherwise be measured as the sign-in page.
    const init: RequestInit = { redirect: "manual", headers: page.signedIn ? { cookie } : {} };
    const check = await fetch(url, init);
    const html = await check.text();
    if (check.status !== 200 || !html.includes(page.expect)) throw new Error(`${page.path} answered ${check.status} without “${page.expect}”`);
    await sequentialLatency(url, 10, init); // warm-up
    const cpuBefore = treeCpuMs(app.process.pid!);
    const latency = await sequentialLatency(url, options.requests, init);
    const cpuMsPerRequest = (treeCpuMs(app.process.pid!) - cpuBefore) / options.requests;
    const target = page.figure ? {} : { target: PLATFORM_TARGET, met: latency.p95 < 100 };
    results.push({ section: "platform", label: page.label, latency, cpuMsPerRequest, ...target, note: `${Math.round(html.length / 1024)} KB of HTML` });
  }
  return results;
}
