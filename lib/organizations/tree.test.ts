import { describe, expect, it } from "vitest";
import { findCycle } from "./tree";

describe("findCycle", () => {
  it("accepts a forest", () => {
    expect(
      findCycle([
        { id: "fj", parentId: null },
        { id: "sm", parentId: "fj" },
        { id: "ya", parentId: "sm" },
        { id: "xt", parentId: "ya" },
        { id: "other", parentId: null },
      ]),
    ).toEqual([]);
  });

  it("names the bodies on a cycle, not those hanging from it", () => {
    expect(
      findCycle([
        { id: "leaf", parentId: "a" },
        { id: "a", parentId: "b" },
        { id: "b", parentId: "c" },
        { id: "c", parentId: "a" },
      ]),
    ).toEqual(["a", "b", "c"]);
  });

  it("finds a body that is its own parent", () => {
    expect(findCycle([{ id: "x", parentId: "x" }])).toEqual(["x"]);
  });
});
