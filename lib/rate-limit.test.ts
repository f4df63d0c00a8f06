import { describe, expect, it } from "vitest";
import { consumeAttempt } from "./rate-limit";

describe("consumeAttempt", () => {
  const rule = { limit: 3, windowMs: 15 * 60_000 };
  const at = (minutes: number) => new Date(Date.UTC(2024, 2, 1, 8, minutes));

  it("allows `limit` attempts per window, then refuses until the window has passed", async () => {
    const results = [];
    for (const minute of [0, 1, 2, 3, 14]) results.push(await consumeAttempt("track:203.0.113.9", rule, at(minute)));
    expect(results).toEqual([true, true, true, false, false]);
    expect(await consumeAttempt("track:203.0.113.9", rule, at(15))).toBe(true);
  });

  it("counts each key on its own", async () => {
    for (let i = 0; i < 3; i++) await consumeAttempt("track:198.51.100.1", rule, at(0));
    expect(await consumeAttempt("track:198.51.100.1", rule, at(1))).toBe(false);
    expect(await consumeAttempt("track:198.51.100.2", rule, at(1))).toBe(true);
  });
});
