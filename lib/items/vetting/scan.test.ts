import { describe, expect, it } from "vitest";
import { isIdNumber, mask, passesLuhn, scanSources, scanText } from "./scan";

const body = (text: string) => scanText({ kind: "body", text });

describe("isIdNumber (GB 11643-1999 check character)", () => {
  it("accepts the standard's example and a digit check", () => {
    // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167, 167 mod 11 = 2 → "X"
    expect(isIdNumber("11010519491231002X")).toBe(true);
    expect(isIdNumber("11010519491231002x")).toBe(true);
    expect(isIdNumber("440524188001010014")).toBe(true);
  });
  it("refuses a wrong check character or an impossible birth date", () => {
    expect(isIdNumber("110105194912310021")).toBe(false);
    expect(isIdNumber("110105194913310029")).toBe(false); // month 13
    expect(isIdNumber("11010519491231002")).toBe(false);
  });
});

describe("passesLuhn", () => {
  it("computes the Luhn check", () => {
    expect(passesLuhn("4111111111111111")).toBe(true);
    expect(passesLuhn("4111111111111112")).toBe(false);
    expect(passesLuhn("6222021234567890128")).toBe(true);
  });
});

describe("mask", () => {
  it("keeps the head and tail", () => {
    expect(mask("13812341234", 3, 4)).toBe("138****1234");
    expect(mask("11010519491231002X", 6, 4)).toBe("110105********002X");
    expect(mask("123", 3, 4)).toBe("***");
  });
});

describe("scanText", () => {
  it("finds an ID number with a masked preview and masked context", () => {
    const [finding, ...rest] = body("申请人张三，身份证号11010519491231002X，住址某村");
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      kind: "id_number",
      preview: "110105********002X",
      context: "申请人张三，身份证号110105********002X，住址某村",
      source: "body",
      key: "id_number|body||110105********002X",
    });
  });

  it("ignores an ID-shaped number with a wrong check character", () => {
    expect(body("编号110105194912310021")).toEqual([]);
  });

  it("finds mobile numbers 1[3-9]x but not inside a longer number or with a 2nd digit of 0–2", () => {
    expect(body("联系电话：13812341234。").map((f) => f.preview)).toEqual(["138****1234"]);
    expect(body("电话 12812341234")).toEqual([]);
    expect(body("单号 913812341234")).toEqual([]);
  });

  it("finds bank cards of 16–19 digits that pass Luhn only", () => {
    expect(body("卡号6222021234567890128").map((f) => [f.kind, f.preview])).toEqual([["bank_card", "6222***********0128"]]);
    expect(body("卡号 4111111111111112")).toEqual([]);
  });

  it("does not report a 统一社会信用代码", () => {
    expect(body("统一社会信用代码：91350100M000100Y43，11350100003672887N")).toEqual([]);
  });

  it("finds secrecy markings but not the words inside ordinary sentences", () => {
    expect(body("机密★一年\n关于……的通知").map((f) => [f.kind, f.preview])).toEqual([["secrecy_mark", "机密★"]]);
    expect(body("绝密\n正文").map((f) => f.preview)).toEqual(["绝密"]);
    expect(body("秘密★5年").map((f) => f.preview)).toEqual(["秘密★"]);
    expect(body("保守工作秘密，确保数据机密性，秘密通道已关闭")).toEqual([]);
  });

  it("finds 内部资料 and 不予公开", () => {
    expect(body("本文为内部资料，不予公开。").map((f) => f.kind)).toEqual(["internal", "not_public"]);
  });

  it("names the attachment the finding was seen in", () => {
    const [finding] = scanText({ kind: "attachment", name: "名单.pdf", text: "13912345678" });
    expect(finding).toMatchObject({ source: "attachment", sourceName: "名单.pdf", key: "mobile|attachment|名单.pdf|139****5678" });
  });
});

describe("scanSources", () => {
  it("keeps each finding of a source once, in source order", () => {
    const findings = scanSources([
      { kind: "title", text: "内部资料" },
      { kind: "body", text: "13812341234 和 13812341234" },
    ]);
    expect(findings.map((f) => `${f.source}:${f.preview}`)).toEqual(["title:内部资料", "body:138****1234"]);
  });
});
