import { describe, expect, it } from "vitest";
import { encodeCursor } from "./cursor";
import { hrefWith, parseAdminItemQuery, parseCatalogueQuery } from "./filters";

describe("parseCatalogueQuery", () => {
  it("reads the filters of a catalogue URL", () => {
    const after = encodeCursor({ date: "2024-03-05", id: "abc" });
    expect(parseCatalogueQuery({ category: "civil-affairs", year: "2024", genre: "normative", q: " 低保 ", after })).toEqual({
      category: "civil-affairs",
      year: 2024,
      genre: "normative",
      q: "低保",
      after: { date: "2024-03-05", id: "abc" },
    });
  });

  it("ignores empty, repeated and malformed values instead of failing", () => {
    expect(parseCatalogueQuery({ category: "", year: "20x4", genre: "decree", q: "   ", after: "%%%" })).toEqual({
      category: undefined,
      year: undefined,
      genre: undefined,
      q: undefined,
      after: null,
    });
    expect(parseCatalogueQuery({ year: ["2023", "2024"], category: "../x" })).toMatchObject({ year: 2023, category: undefined });
  });
});

describe("parseAdminItemQuery", () => {
  it("accepts a status code and rejects others", () => {
    expect(parseAdminItemQuery({ status: "pending_review" }).status).toBe("pending_review");
    expect(parseAdminItemQuery({ status: "deleted" }).status).toBeUndefined();
  });
});

describe("hrefWith", () => {
  it("keeps only the parameters that have a value", () => {
    expect(hrefWith("/catalogue", { category: "plans", year: 2024, genre: undefined, q: "" })).toBe("/catalogue?category=plans&year=2024");
    expect(hrefWith("/catalogue", {})).toBe("/catalogue");
    expect(hrefWith("/catalogue", { q: "低保 资金" })).toBe("/catalogue?q=%E4%BD%8E%E4%BF%9D+%E8%B5%84%E9%87%91");
  });
});
