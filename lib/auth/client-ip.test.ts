import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

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
});
