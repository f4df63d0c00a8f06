import { describe, expect, it } from "vitest";
import { excerpt, ftsPhrase, hasNoLetterCase, highlight, likePattern, planSearch, searchTerms } from "./search";

describe("searchTerms", () => {
  it("splits on ASCII and full-width spaces and drops duplicates", () => {
    expect(searchTerms("  低保　资金 低保\t2024 ")).toEqual(["低保", "资金", "2024"]);
  });
  it("keeps at most 5 terms and ignores an empty query", () => {
    expect(searchTerms("a b c d e f g")).toEqual(["a", "b", "c", "d", "e"]);
    expect(searchTerms(" \u3000 ")).toEqual([]);
  });
});

describe("escaping", () => {
  it("quotes FTS5 terms as phrases, doubling embedded quotes", () => {
    expect(ftsPhrase("宅基地")).toBe('"宅基地"');
    expect(ftsPhrase('a"b OR c*')).toBe('"a""b OR c*"');
    expect(ftsPhrase('NEAR(x y)')).toBe('"NEAR(x y)"');
  });
  it("escapes LIKE wildcards and the escape character itself", () => {
    expect(likePattern("低保")).toBe("%低保%");
    expect(likePattern("5%")).toBe("%5\\%%");
    expect(likePattern("a_b")).toBe("%a\\_b%");
    expect(likePattern("c:\\")).toBe("%c:\\\\%");
  });
});

describe("hasNoLetterCase", () => {
  it("is true for Chinese, digits and punctuation, which LIKE matches exactly as ILIKE", () => {
    expect(["低保", "人居环境", "〔2024〕3号", "2019-00088", "100%", "_"].map(hasNoLetterCase)).toEqual([true, true, true, true, true, true]);
  });
  it("is false as soon as one character has another case, Latin or not", () => {
    expect(["review", "REVIEW", "低保a", "ß", "ǅ", "ω", "\u212a", "ı"].map(hasNoLetterCase)).toEqual([false, false, false, false, false, false, false, false]);
  });
});

describe("planSearch", () => {
  it("sends terms of three or more characters to the trigram index, two to the pair index, one to LIKE", () => {
    expect(planSearch("宅基地 低保 陶政〔2021〕 镇")).toEqual({
      terms: ["宅基地", "低保", "陶政〔2021〕", "镇"],
      match: '"宅基地" AND "陶政〔2021〕"',
      pairMatch: "0fny0frx", // 低 U+4F4E = 20302 = "fny" in base 36, 保 U+4FDD = 20445 = "frx"
      pairLikes: ["%低保%"],
      likes: ["%镇%"],
    });
  });
  it("joins two-character terms with AND, and plans nothing for an empty query", () => {
    expect(planSearch("救助 低保")).toEqual({
      terms: ["救助", "低保"],
      match: null,
      pairMatch: "0k0h0gbt AND 0fny0frx", // 救 U+6551 = "k0h", 助 U+52A9 = "gbt"
      pairLikes: ["%救助%", "%低保%"],
      likes: [],
    });
    expect(planSearch("   ")).toBeNull();
  });
  it("counts characters, not UTF-16 units", () => {
    expect(planSearch("𠀀𠀁")).toMatchObject({ match: null, pairMatch: "2t4w2t4x" });
  });
  it("passes FTS syntax through as text", () => {
    expect(planSearch('") OR title:*')).toEqual({
      terms: ['")', "OR", "title:*"],
      match: '"title:*"',
      pairMatch: "000y0015 AND 00330036", // the pair index's tokens are digits and a–z only
      pairLikes: ['%")%', "%OR%"],
      likes: [],
    });
    expect(planSearch('"x" NEAR')?.match).toBe('"""x""" AND "NEAR"');
  });
});

describe("highlight and excerpt", () => {
  it("marks every occurrence of every term, longest first, case-insensitively", () => {
    expect(highlight("农村低保资金低保 PDF pdf", ["低保", "pdf"])).toEqual([
      { text: "农村", hit: false },
      { text: "低保", hit: true },
      { text: "资金", hit: false },
      { text: "低保", hit: true },
      { text: " ", hit: false },
      { text: "PDF", hit: true },
      { text: " ", hit: false },
      { text: "pdf", hit: true },
    ]);
    expect(highlight("a.b", ["."])).toEqual([
      { text: "a", hit: false },
      { text: ".", hit: true },
      { text: "b", hit: false },
    ]);
  });
  it("cuts an excerpt around the first match", () => {
    const text = "一".repeat(100) + "低保" + "二".repeat(100);
    expect(excerpt(text, ["低保"], 5)).toBe("…一一一一一低保二二二二二二二二…");
    expect(excerpt("短文本", ["无"], 5)).toBe("短文本");
  });
});
