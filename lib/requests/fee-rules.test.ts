import { describe, expect, it } from "vitest";
import { MAX_FEE_UNITS, describeQuote, quoteFee, unitFen } from "./fee-rules";

// Exact values from 国办函〔2020〕109号 第四条、第五条 (yuan × 100 = fen), computed by hand.

describe("按件计收: per applicant per natural month", () => {
  it.each([
    [1, 0],
    [10, 0], // 10件以下（含10件）不收费
    [11, 100_00],
    [30, 20 * 100_00], // 11—30件 100元/件
    [31, 20 * 100_00 + 200_00], // 31件起 以10件为一档 提高100元/件
    [40, 20 * 100_00 + 10 * 200_00],
    [41, 20 * 100_00 + 10 * 200_00 + 300_00],
    [50, 20 * 100_00 + 10 * 200_00 + 10 * 300_00],
    [51, 20 * 100_00 + 10 * 200_00 + 10 * 300_00 + 400_00],
  ])("%i 件 in the month cost %i fen in all", (units, fen) => {
    expect(quoteFee("per_item", units).fen).toBe(fen);
  });

  it("prices each 件 at its band", () => {
    expect([10, 11, 30, 31, 40, 41, 50, 51, 60, 61].map((n) => unitFen("per_item", n))).toEqual([
      0, 100_00, 100_00, 200_00, 200_00, 300_00, 300_00, 400_00, 400_00, 500_00,
    ]);
  });

  it("charges a new application by the applicant's count earlier in the month (超额累进)", () => {
    // 8 earlier, 5 now: 件 9–10 free, 11–13 at 100元.
    const quote = quoteFee("per_item", 5, 8);
    expect(quote.fen).toBe(300_00);
    expect(describeQuote(quote)).toEqual(["第9—10件 0.00元/件 × 2 = 0.00元", "第11—13件 100.00元/件 × 3 = 300.00元"]);
    // 29 earlier, 3 now: 件 30 at 100元, 31–32 at 200元.
    expect(quoteFee("per_item", 3, 29).fen).toBe(100_00 + 2 * 200_00);
  });
});

describe("按量计收: per page of one application", () => {
  it.each([
    [0, 0],
    [30, 0], // 30页以下（含30页）不收费
    [31, 10_00],
    [100, 70 * 10_00], // 31—100页 10元/页
    [101, 700_00 + 20_00],
    [200, 700_00 + 100 * 20_00], // 101—200页 20元/页
    [201, 2700_00 + 40_00], // 201页以上 40元/页
    [250, 2700_00 + 50 * 40_00],
  ])("%i 页 cost %i fen", (pages, fen) => {
    expect(quoteFee("per_page", pages).fen).toBe(fen);
  });

  it("lists one line per rate", () => {
    expect(describeQuote(quoteFee("per_page", 120))).toEqual([
      "第1—30页 0.00元/页 × 30 = 0.00元",
      "第31—100页 10.00元/页 × 70 = 700.00元",
      "第101—120页 20.00元/页 × 20 = 400.00元",
    ]);
  });
});

it("refuses counts that are not whole, negative or absurd", () => {
  expect(() => quoteFee("per_page", 1.5)).toThrow(RangeError);
  expect(() => quoteFee("per_item", -1)).toThrow(RangeError);
  expect(() => quoteFee("per_page", MAX_FEE_UNITS + 1)).toThrow(RangeError);
});
