import { describe, expect, it } from "vitest";
import { textPairs, wordPairToken } from "./search-pairs";

describe("textPairs", () => {
  it("lists every adjacent pair of each text once, as base-36 code points", () => {
    // 低 U+4F4E = 20302 = "fny", 保 U+4FDD = 20445 = "frx"; "低保低保" has the pairs 低保, 保低, 低保.
    expect(textPairs(["低保低保"])).toBe("0fny0frx 0frx0fny");
  });
  it("never pairs across two texts, and skips pairs with a space or an empty text", () => {
    // "ab" | "c d" | null: a = 97 = 2×36+25 → "2p", b → "2q"; c␣ and ␣d are skipped; nothing pairs b with c.
    expect(textPairs(["ab", "c d", null, ""])).toBe("002p002q");
    expect(textPairs(["低\u3000保"])).toBe("");
  });
  it("folds letter case, so a word finds any spelling", () => {
    expect(textPairs(["PDF"])).toBe(textPairs(["pdf"]));
    expect(wordPairToken("Pd")).toBe(textPairs(["pD"]));
    expect(wordPairToken("ÉA")).toBe(textPairs(["éa"]));
  });
  it("counts characters outside the BMP as one", () => {
    expect(textPairs(["𠀀𠀁"])).toBe("2t4w2t4x"); // U+20000 = 131072 = "2t4w"
  });
});

describe("wordPairToken", () => {
  it("is the token of a two-character word, or null when it is not two characters once folded", () => {
    expect(wordPairToken("低保")).toBe("0fny0frx");
    expect(wordPairToken("镇")).toBeNull();
    expect(wordPairToken("宅基地")).toBeNull();
    expect(wordPairToken("İa")).toBeNull(); // İ lower-cases to i + U+0307: three characters
  });
});
