import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("cursor", () => {
  it("round-trips a (date, id) pair through a URL-safe string", () => {
    const text = encodeCursor({ date: "2024-03-05", id: "cm1abc_x-9" });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual({ date: "2024-03-05", id: "cm1abc_x-9" });
  });

  it("treats missing or tampered cursors as the first page", () => {
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from("2024-13-01|abc").toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from("2024-01-01|a' OR 1=1").toString("base64url"))).toBeNull();
  });
});
