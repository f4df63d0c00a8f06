import { describe, expect, it } from "vitest";
import { idNumberProblem, isCreditCode, isResidentIdNumber } from "./identity";

describe("居民身份证号码 (GB 11643)", () => {
  it("accepts the standard's example and other numbers with a correct check character", () => {
    expect(isResidentIdNumber("11010519491231002X")).toBe(true);
    expect(isResidentIdNumber("110101199003077774")).toBe(true);
    expect(isResidentIdNumber("440308199901010012")).toBe(true);
  });
  it("rejects a wrong check character, an impossible birth date, a wrong length or a lower-case x", () => {
    expect(isResidentIdNumber("110105194912310021")).toBe(false);
    expect(isResidentIdNumber("110101199002307774")).toBe(false); // 30 February
    expect(isResidentIdNumber("11010519491231002")).toBe(false);
    expect(isResidentIdNumber("11010519491231002x")).toBe(false);
    expect(isResidentIdNumber("<script>alert(1)</")).toBe(false);
  });
});

describe("统一社会信用代码 (GB 32100)", () => {
  it("accepts codes with a correct check character", () => {
    expect(isCreditCode("91350100M000100Y43")).toBe(true);
    expect(isCreditCode("9144030071526726XG")).toBe(true);
  });
  it("rejects a wrong check character and letters the code set leaves out (I, O, S, V, Z)", () => {
    expect(isCreditCode("91350100M000100Y44")).toBe(false);
    expect(isCreditCode("91350100M000100I43")).toBe(false);
    expect(isCreditCode("91350100M000100Y4")).toBe(false);
  });
});

describe("idNumberProblem", () => {
  it("checks each 证件类型 by its own shape", () => {
    expect(idNumberProblem("resident_id", "11010519491231002X")).toBeNull();
    expect(idNumberProblem("resident_id", "123456")).toBe("居民身份证号码应为18位，且出生日期和最后一位校验码正确");
    expect(idNumberProblem("passport", "E12345678")).toBeNull();
    expect(idNumberProblem("hk_macao_permit", "H12345678")).toBeNull();
    expect(idNumberProblem("hk_macao_permit", "X12345678")).not.toBeNull();
    expect(idNumberProblem("taiwan_permit", "12345678")).toBeNull();
    expect(idNumberProblem("foreign_permanent_id", "USA123456789012")).toBeNull();
    expect(idNumberProblem("other", "A-1234")).toBeNull();
    expect(idNumberProblem("other", "<b>")).not.toBeNull();
  });
});
