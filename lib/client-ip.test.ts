import { beforeEach, describe, expect, it, vi } from "vitest";
import { DomainError } from "@/lib/errors";
import { clientIpFrom, rateLimitedIp, requestIp } from "./client-ip";

// The request's headers as next/headers would give them; null stands for "called outside a request".
let current: Headers | null = null;
vi.mock("next/headers", () => ({
  headers: async () => {
    if (!current) throw new Error("`headers` was called outside a request scope");
    return current;
  },
}));

beforeEach(() => {
  current = null;
});

describe("client address", () => {
  it("takes the last X-Forwarded-For entry: the one the nearest proxy (or Next itself) added", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIpFrom({ "x-forwarded-for": "::1" })).toBe("::1");
    expect(clientIpFrom({ "x-forwarded-for": ["1.1.1.1", "2.2.2.2"] })).toBe("2.2.2.2");
  });

  it("is null without the header and never longer than 64 characters", () => {
    expect(clientIpFrom(new Headers())).toBeNull();
    expect(clientIpFrom({ "x-forwarded-for": " , " })).toBeNull();
    expect(clientIpFrom({ "x-forwarded-for": "x".repeat(500) })).toHaveLength(64);
  });

  it("ignores X-Real-IP, which a client can set as freely as anything else it sends", () => {
    expect(clientIpFrom(new Headers({ "x-real-ip": "203.0.113.5" }))).toBeNull();
  });

  it("reads the current request, and is null outside one", async () => {
    expect(await requestIp()).toBeNull();
    current = new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(await requestIp()).toBe("198.51.100.7");
  });

  it("refuses a rate-limited action when no address is known, rather than counting every visitor as one", async () => {
    current = new Headers({ "x-forwarded-for": "198.51.100.7" });
    expect(await rateLimitedIp()).toBe("198.51.100.7");
    current = new Headers();
    await expect(rateLimitedIp()).rejects.toBeInstanceOf(DomainError);
    current = null;
    await expect(rateLimitedIp()).rejects.toBeInstanceOf(DomainError);
  });
});
