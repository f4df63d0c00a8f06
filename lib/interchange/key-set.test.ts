import { describe, expect, it } from "vitest";
import { KeySet } from "./key-set";

describe("KeySet", () => {
  it("says false for a new key and true for a repeated one", () => {
    const set = new KeySet();
    expect(set.add("xiaotao\u0000003680183/2021-00001")).toBe(false);
    expect(set.add("xiaotao\u0000003680183/2021-00002")).toBe(false);
    expect(set.add("xiaotao\u0000003680183/2021-00001")).toBe(true);
    expect(set.add("")).toBe(false);
    expect(set.add("")).toBe(true);
  });

  it("keeps every key while growing past its first size (200,000 keys, no false repeats)", () => {
    const set = new KeySet();
    let repeats = 0;
    for (let i = 0; i < 200_000; i++) if (set.add(`org-${i % 600}\u0000113000/${2016 + (i % 10)}-${i}`)) repeats++;
    expect(repeats).toBe(0);
    for (let i = 0; i < 200_000; i += 997) expect(set.add(`org-${i % 600}\u0000113000/${2016 + (i % 10)}-${i}`)).toBe(true);
  });
});
