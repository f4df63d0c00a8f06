import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation";
import { policeRecordLink, siteSettingsSchema } from "./site-schema";

const valid = {
  name: "永安市政府信息公开平台",
  identifier: "3504810001",
  icp: "闽ICP备12345678号-1",
  police: "闽公网安备 35048102000123号",
  phone: "0598-3630000",
  email: "gk@yongan.gov.cn",
};

const errorsFor = (change: Record<string, string>) => {
  const parsed = siteSettingsSchema.safeParse({ ...valid, ...change });
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("site settings", () => {
  it("accepts the formats of the registries, and empty optional fields", () => {
    expect(siteSettingsSchema.parse(valid)).toMatchObject(valid);
    expect(errorsFor({ identifier: "bm09000001", icp: "京ICP备2021012345号", police: "京公网安备11010502030143号" })).toEqual({});
    expect(siteSettingsSchema.parse({ name: "网站", identifier: "", icp: " " })).toEqual({ name: "网站" });
  });

  it("refuses malformed numbers with a message showing the expected format", () => {
    expect(errorsFor({ identifier: "350481001" }).identifier).toEqual(["网站标识码应为 10 位，如 3501000001 或 bm09000001"]);
    expect(errorsFor({ identifier: "35048100012" }).identifier).toContain("网站标识码不能超过10个字");
    expect(errorsFor({ icp: "ICP备12345678号" }).icp).toEqual(["ICP备案号格式如 京ICP备12345678号 或 闽ICP备12345678号-1"]);
    expect(errorsFor({ police: "闽公网安备 3504810200012号" }).police).toEqual(["公安机关备案号格式如 京公网安备 11010502030143号（14 位数字）"]);
    expect(errorsFor({ email: "gk@" }).email).toEqual(["电子邮箱格式不正确"]);
    expect(errorsFor({ phone: "请拨打 110" }).phone).toHaveLength(1);
    expect(errorsFor({ name: "" }).name).toEqual(["请填写网站名称"]);
  });

  it("stores the rules text with LF line breaks", () => {
    expect(siteSettingsSchema.parse({ ...valid, rules: "一、\r\n二、\r三、" }).rules).toBe("一、\n二、\n三、");
  });

  it("links a 公安机关备案号 to its record by its 14 digits", () => {
    expect(policeRecordLink("闽公网安备 35048102000123号")).toBe("https://beian.mps.gov.cn/#/query/webSearch?code=35048102000123");
    expect(policeRecordLink("待备案")).toBeNull();
  });
});
