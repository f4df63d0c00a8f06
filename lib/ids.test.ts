import { describe, expect, it } from "vitest";
import { newId } from "./ids";

describe("newId", () => {
  it("looks like a cuid: c + lowercase base36, 25 characters", () => {
    expect(newId()).toMatch(/^c[0-9a-z]{24}$/);
  });

  it("is unique, and ids made in the same millisecond sort in the order they were made", () => {
    const ids = Array.from({ length: 10_000 }, () => newId());
    expect(new Set(ids).size).toBe(10_000);
    for (let i = 1; i < ids.length; i++) {
      // characters 1–8: time; 9–12: counter
      if (ids[i].slice(1, 9) === ids[i - 1].slice(1, 9)) expect(ids[i].slice(9, 13) > ids[i - 1].slice(9, 13)).toBe(true);
    }
  });
});
