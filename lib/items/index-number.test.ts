import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_INDEX_PATTERN, formatIndexNo, isValidIndexPattern, nextIndexNo } from "./index-number";

describe("formatIndexNo", () => {
  it("fills the default pattern {前缀}/{年份}-{5位流水}", () => {
    expect(formatIndexNo(DEFAULT_INDEX_PATTERN, { prefix: "003680183", year: 2020, serial: 17 })).toBe("003680183/2020-00017");
    expect(formatIndexNo(DEFAULT_INDEX_PATTERN, { prefix: "003680183", year: 2021, serial: 1 })).toBe("003680183/2021-00001");
  });

  it("zero-pads the serial to the width in the placeholder and never truncates it", () => {
    expect(formatIndexNo("{前缀}-{年份}-{3位流水}", { prefix: "XT", year: 2022, serial: 7 })).toBe("XT-2022-007");
    expect(formatIndexNo("{前缀}-{年份}-{3位流水}", { prefix: "XT", year: 2022, serial: 1234 })).toBe("XT-2022-1234");
    expect(formatIndexNo("{前缀}/{年份}-{5位流水}", { prefix: "A", year: 2023, serial: 99999 })).toBe("A/2023-99999");
  });

  it("replaces every occurrence and leaves other text as is", () => {
    expect(formatIndexNo("{前缀}{前缀}/{年份}/{年份}-{2位流水}号", { prefix: "P", year: 2019, serial: 3 })).toBe(
      "PP/2019/2019-03号",
    );
    expect(formatIndexNo("{年份}{4位流水}", { prefix: "ignored", year: 2024, serial: 42 })).toBe("20240042");
  });
});

describe("isValidIndexPattern", () => {
  it("accepts patterns with a serial placeholder", () => {
    expect(isValidIndexPattern(DEFAULT_INDEX_PATTERN)).toBe(true);
    expect(isValidIndexPattern("{前缀}-{年份}-{3位流水}")).toBe(true);
    expect(isValidIndexPattern("{10位流水}")).toBe(true);
  });

  it("rejects patterns without a serial, since they cannot produce distinct numbers", () => {
    expect(isValidIndexPattern("{前缀}/{年份}")).toBe(false);
    expect(isValidIndexPattern("{前缀}/{年份}-{流水}")).toBe(false);
    expect(isValidIndexPattern("{前缀}/{年份}-{五位流水}")).toBe(false);
    expect(isValidIndexPattern("")).toBe(false);
  });

  it("limits the pattern to 64 characters", () => {
    const serial = "{5位流水}"; // 6 characters
    expect(isValidIndexPattern("x".repeat(58) + serial)).toBe(true); // 64
    expect(isValidIndexPattern("x".repeat(59) + serial)).toBe(false); // 65
  });
});

describe("nextIndexNo", () => {
  it("gives concurrent transactions distinct numbers (as several app instances on PostgreSQL do)", async () => {
    const org = await db.organization.create({ data: { code: "race", name: "并发测试", indexPrefix: "R" } });
    const numbers = await Promise.all(
      Array.from({ length: 8 }, () => db.$transaction((tx) => nextIndexNo(tx, org, 2024))),
    );
    expect([...numbers].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `R/2024-0000${n}`));
  });
});
