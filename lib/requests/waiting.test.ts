import { describe, expect, it } from "vitest";
import { waitingSince } from "./waiting";

describe("waitingSince", () => {
  it("counts calendar days since submission", () => {
    expect(waitingSince("2025-03-01", "2025-03-04")).toBe("已等待 3 天（2025-03-01 提交）");
    expect(waitingSince("2024-12-30", "2025-01-02")).toBe("已等待 3 天（2024-12-30 提交）");
  });
  it("says so when submitted today", () => {
    expect(waitingSince("2025-03-04", "2025-03-04")).toBe("今天提交");
  });
});
