import { describe, expect, it } from "vitest";
import { PageStore } from "./store";

const page = (text: string) => ({ headers: [["content-type", "text/html"]] as [string, string][], body: Buffer.from(text) });

describe("PageStore", () => {
  it("answers only at the version the page was rendered at, and drops everything when the version moves on", () => {
    const store = new PageStore(1_000_000, 60_000);
    store.set("a", 3, page("v3"));
    expect(store.get("a", 3)?.body.toString()).toBe("v3");
    expect(store.get("a", 4)).toBeNull();
    expect(store.size).toBe(0);
    // A render that began before the version moved on is not kept.
    store.set("a", 3, page("late"));
    expect(store.get("a", 4)).toBeNull();
    expect(store.size).toBe(0);
  });

  it("evicts the least recently used pages beyond its byte budget", () => {
    const store = new PageStore(300, 60_000);
    for (const key of ["a", "b", "c"]) store.set(key, 1, page("x".repeat(60)));
    store.get("a", 1); // a is now the most recently used
    store.set("d", 1, page("x".repeat(60)));
    expect(store.bytes).toBeLessThanOrEqual(300);
    expect(store.get("b", 1)).toBeNull();
    expect(store.get("a", 1)).not.toBeNull();
    expect(store.get("d", 1)).not.toBeNull();
    store.set("huge", 1, page("x".repeat(400)));
    expect(store.get("huge", 1)).toBeNull();
  });

  it("expires pages after the TTL", () => {
    const store = new PageStore(1_000_000, 1000);
    store.set("a", 1, page("x"), 0);
    expect(store.get("a", 1, 999)).not.toBeNull();
    expect(store.get("a", 1, 1000)).toBeNull();
    expect(store.bytes).toBe(0);
  });
});
