import { describe, expect, it } from "vitest";
import { publicCacheKey, type CacheRequest } from "./policy";

const get = (url: string, headers: CacheRequest["headers"] = {}, method = "GET") => publicCacheKey({ method, url, headers: { host: "gk.example", ...headers } });

describe("which requests the public-page cache answers", () => {
  it("the public pages, asked anonymously with GET or HEAD", () => {
    for (const url of ["/", "/catalogue", "/catalogue?category=a&year=2024", "/items/abc", "/org", "/org/org-1", "/org/org-1/guide", "/reports", "/reports/org-1/2024", "/guide", "/rules", "/sitemap", "/feed.xml?org=x", "/api/catalogue"]) {
      expect(get(url), url).not.toBeNull();
    }
    expect(get("/catalogue", {}, "HEAD")).not.toBeNull();
  });

  it("never the back office, the forms, downloads or another method", () => {
    for (const url of ["/admin", "/admin/items", "/login", "/apply", "/track", "/api/admin/audit", "/api/reports/org-1/2024", "/attachments/x", "/api/auth/session", "/items/a/b"]) {
      expect(get(url), url).toBeNull();
    }
    expect(get("/catalogue", {}, "POST")).toBeNull();
  });

  it("never a request with a session or any cookie but the 适老化 ones", () => {
    expect(get("/", { cookie: "next-auth.session-token=abc" })).toBeNull();
    expect(get("/", { cookie: "gk-large=1; __Secure-next-auth.session-token=abc" })).toBeNull();
    expect(get("/", { cookie: "next-auth.csrf-token=x" })).toBeNull();
    expect(get("/", { cookie: "gk-large=1; gk-contrast=1" })).not.toBeNull();
  });

  it("never a server action, an RSC or router request, or a prefetch", () => {
    for (const header of ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-url", "authorization"]) {
      expect(get("/catalogue", { [header]: "1" }), header).toBeNull();
    }
    expect(get("/catalogue", { purpose: "prefetch" })).toBeNull();
    expect(get("/catalogue?_rsc=abc")).toBeNull();
  });

  it("keys by address, reading mode and the exact URL", () => {
    expect(get("/", { cookie: "gk-large=1" })).not.toBe(get("/"));
    expect(get("/", { cookie: "gk-large=0" })).toBe(get("/"));
    expect(get("/", { host: "evil.example" })).not.toBe(get("/"));
    expect(get("/", { "x-forwarded-host": "evil.example" })).not.toBe(get("/"));
    expect(get("/catalogue?year=2024")).not.toBe(get("/catalogue?year=2025"));
  });
});
