import { describe, expect, it } from "vitest";
import { codesOf, isCode, labelOf, type CodeSet } from "./labels";

const VALIDITIES = { valid: "有效", abolished: "废止", expired: "失效" } as const satisfies CodeSet<string>;

describe("code sets", () => {
  it("lists the codes in display order", () => {
    expect(codesOf(VALIDITIES)).toEqual(["valid", "abolished", "expired"]);
  });

  it("labels a stored code, and shows a code the set does not know as it is", () => {
    expect(labelOf(VALIDITIES, "abolished")).toBe("废止");
    expect(labelOf(VALIDITIES, "repealed")).toBe("repealed");
  });

  it("shows a missing code as a dash", () => {
    expect(labelOf(VALIDITIES, null)).toBe("—");
    expect(labelOf(VALIDITIES, undefined)).toBe("—");
    expect(labelOf(VALIDITIES, "")).toBe("—");
  });

  it("knows only the set's own codes, not what every object inherits", () => {
    expect(isCode(VALIDITIES, "expired")).toBe(true);
    expect(isCode(VALIDITIES, "toString")).toBe(false);
    expect(isCode(VALIDITIES, "constructor")).toBe(false);
    expect(labelOf(VALIDITIES, "toString")).toBe("toString");
  });
});
