import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./stats";

describe("percentile (nearest rank)", () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it("median of an even count is the lower middle sample", () => {
    expect(percentile(ten, 50)).toBe(5);
  });

  it("p95 of 10 samples is the 10th (rank ⌈9.5⌉ = 10), of 20 samples the 19th", () => {
    expect(percentile(ten, 95)).toBe(10);
    expect(percentile(Array.from({ length: 20 }, (_, i) => i + 1), 95)).toBe(19);
  });

  it("of one sample is that sample; of none is NaN", () => {
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarize", () => {
  it("sorts before ranking and leaves the input alone", () => {
    const samples = [30, 10, 50, 20, 40];
    expect(summarize(samples)).toEqual({ n: 5, median: 30, p95: 50, min: 10, max: 50 });
    expect(samples).toEqual([30, 10, 50, 20, 40]);
  });
});
