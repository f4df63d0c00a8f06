import { describe, expect, it } from "vitest";
import { addDecimals, decimalPlaces, isDecimal, normalizeDecimal, statisticValueError } from "./decimal";

describe("exact decimals", () => {
  it("recognises plain decimals only", () => {
    expect(["0", "12", "-3", "12.3456", "0.000001"].every(isDecimal)).toBe(true);
    expect(["", "1e3", "1,000", ".5", "5.", "+1", "１２"].some(isDecimal)).toBe(false);
  });

  it("writes the canonical form", () => {
    expect(normalizeDecimal("007.5000")).toBe("7.5");
    expect(normalizeDecimal("-0.00")).toBe("0");
    expect(normalizeDecimal(" 12.3456 ")).toBe("12.3456");
    expect(decimalPlaces("12.345600")).toBe(4);
    expect(() => normalizeDecimal("1e3")).toThrow();
  });

  it("adds without binary floating point", () => {
    expect(addDecimals(["0.1", "0.2"])).toBe("0.3"); // 0.1 + 0.2 = 0.30000000000000004 as floats
    expect(addDecimals(["12.3456", "12.3456", "0"])).toBe("24.6912");
    expect(addDecimals(["9007199254740993", "1"])).toBe("9007199254740994"); // beyond 2^53
    expect(addDecimals(["1.000001", "-2"])).toBe("-0.999999");
    expect(addDecimals([])).toBe("0");
  });
});

describe("statisticValueError", () => {
  it("applies the rules of a count, a delta and money", () => {
    expect(statisticValueError("licensing.decisions", "12", false)).toBeNull();
    expect(statisticValueError("licensing.decisions", "1.5", false)).toBe("应为整数");
    expect(statisticValueError("licensing.decisions", "-1", false)).toBe("不能为负数");
    expect(statisticValueError("licensing.delta", "-4", false)).toBeNull();
    expect(statisticValueError("fees.amount_wan", "12.345678", true)).toBeNull();
    expect(statisticValueError("fees.amount_wan", "12.3456789", true)).toBe("最多 6 位小数");
    expect(statisticValueError("fees.amount_wan", "1e3", true)).toBe("应为十进制数字");
  });
});
