import { describe, expect, it } from "vitest";
import { viewClasses, viewModeFrom } from "./view-mode";

describe("reading aids", () => {
  it("are on only when their cookie is 1", () => {
    const jar: Record<string, string> = { "gk-large": "1", "gk-contrast": "true" };
    expect(viewModeFrom((name) => jar[name])).toEqual({ large: true, contrast: false });
    expect(viewModeFrom(() => undefined)).toEqual({ large: false, contrast: false });
  });

  it("become classes on <html>", () => {
    expect(viewClasses({ large: true, contrast: true })).toBe("view-large view-contrast");
    expect(viewClasses({ large: false, contrast: false })).toBe("");
  });
});
