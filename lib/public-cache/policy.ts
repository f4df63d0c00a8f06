import { VIEW_MODES, viewClasses, viewModeFrom } from "@/lib/view-mode";

/**
 * Which requests the public-page cache may answer. Only anonymous, read-only requests for public pages: everything
 * else (the back office, the forms /login, /apply and /track, any cookie but the 适老化 ones — a session, next-auth's
 * CSRF cookie —, server actions, RSC/router/prefetch requests, any method but GET and HEAD) goes to Next as before
 * and gets the per-request nonce CSP.
 */
const PUBLIC_PAGES = [
  /^\/$/,
  /^\/catalogue$/,
  /^\/items\/[^/]+$/,
  /^\/org(?:\/[^/]+(?:\/guide)?)?$/,
  /^\/reports(?:\/[^/]+\/[^/]+)?$/,
  /^\/guide$/,
  /^\/rules$/,
  /^\/sitemap$/,
  /^\/feed\.xml$/,
  /^\/api\/catalogue$/,
];

// Headers of Next's client router and of server actions: their answers are RSC payloads or action results.
const ROUTER_HEADERS = ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-url", "authorization"];

const VIEW_COOKIES = new Set<string>(Object.values(VIEW_MODES).map((mode) => mode.cookie));

export type CacheRequest = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

/** The cache key of a request the cache may answer, or null when the request must go to Next uncached. */
export function publicCacheKey(request: CacheRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = request.url ?? "";
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  if (!PUBLIC_PAGES.some((page) => page.test(path))) return null;
  if (query !== -1 && /[?&]_rsc=/.test(url)) return null;
  const { headers } = request;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  if (headers.purpose === "prefetch") return null;
  const cookies = parseCookies(headers.cookie);
  if (cookies === null) return null;
  const mode = viewClasses(viewModeFrom((name) => cookies.get(name)));
  // Pages and feeds print links with the address they were asked for (the feed's and the API's absolute URLs), so
  // the address is part of the key: a forged Host header gets a page of its own, never one served to others.
  const origin = [headers.host, headers["x-forwarded-host"], headers["x-forwarded-proto"]].map((value) => String(value ?? "")).join(" ");
  return `${origin}\n${mode}\n${url}`;
}

/** The 适老化 cookies of a Cookie header, or null when it has any other cookie. */
function parseCookies(header: string | string[] | undefined): Map<string, string> | null {
  const cookies = new Map<string, string>();
  if (header === undefined) return cookies;
  for (const pair of String(header).split(";")) {
    if (pair.trim() === "") continue;
    const equals = pair.indexOf("=");
    const name = (equals === -1 ? pair : pair.slice(0, equals)).trim();
    if (!VIEW_COOKIES.has(name)) return null;
    cookies.set(name, equals === -1 ? "" : pair.slice(equals + 1).trim());
  }
  return cookies;
}
