import { describe, expect, it } from "vitest";
import { itemSchema, itemValiditySchema } from "./schema";

const valid = {
  title: "关于进一步规范农村宅基地审批管理的通知",
  docNo: "陶政〔2024〕3号",
  categoryId: "cat1",
  genre: "normative",
  disclosure: "proactive",
  createdOn: "2024-03-01",
  publishedOn: "2024-03-05",
  validity: "valid",
  channels: ["website", "archive"],
  body: "第一段。\r\n第二段。",
};

function errors(input: Record<string, unknown>) {
  const result = itemSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("itemSchema", () => {
  it("accepts a complete item and normalises it", () => {
    const result = itemSchema.parse({ ...valid, issuer: "", summary: "  ", withheldReason: "" });
    expect(result).toMatchObject({
      docNo: "陶政〔2024〕3号",
      issuer: null,
      summary: null,
      withheldReason: null,
      abolishedOn: null,
      channels: ["website", "archive"],
      body: "第一段。\n第二段。",
    });
  });

  it("accepts a single checkbox value and no checkbox at all", () => {
    expect(itemSchema.parse({ ...valid, channels: "website" }).channels).toEqual(["website"]);
    expect(itemSchema.parse({ ...valid, channels: undefined }).channels).toEqual([]);
  });

  it("rejects an empty form with a Chinese message per required field", () => {
    expect(errors({})).toEqual({
      title: "请填写标题",
      categoryId: "请选择主题分类",
      genre: "请选择体裁",
      disclosure: "请选择公开属性",
      createdOn: "请填写成文日期",
      validity: "请选择有效性",
    });
    expect(errors({ ...valid, title: "   " })).toEqual({ title: "请填写标题" });
  });

  it("rejects text that is too long", () => {
    expect(errors({ ...valid, title: "字".repeat(201) })).toEqual({ title: "标题不能超过 200 个字" });
    expect(itemSchema.safeParse({ ...valid, title: "字".repeat(200) }).success).toBe(true);
    expect(errors({ ...valid, docNo: "号".repeat(61) })).toEqual({ docNo: "文号不能超过 60 个字" });
  });

  it("rejects impossible and out-of-order dates", () => {
    expect(errors({ ...valid, createdOn: "2024-02-30" })).toEqual({ createdOn: "成文日期不是有效日期（YYYY-MM-DD）" });
    expect(errors({ ...valid, publishedOn: "2024-02-29" })).toEqual({ publishedOn: "公开日期不能早于成文日期" });
    expect(errors({ ...valid, createdOn: "2999-01-01", publishedOn: "" })).toEqual({ createdOn: "成文日期不能晚于今天" });
    expect(errors({ ...valid, publishedOn: "2999-01-01" })).toEqual({ publishedOn: "公开日期不能晚于今天" });
  });

  it("requires a reason to withhold", () => {
    expect(errors({ ...valid, disclosure: "withheld" })).toEqual({ withheldReason: "不予公开的信息须填写理由" });
    expect(itemSchema.safeParse({ ...valid, disclosure: "withheld", withheldReason: "涉及国家秘密" }).success).toBe(true);
  });

  it("requires a date for 废止/失效, not before 成文日期", () => {
    expect(errors({ ...valid, validity: "abolished" })).toEqual({ abolishedOn: "废止或失效的信息须填写废止/失效日期" });
    expect(errors({ ...valid, validity: "expired", abolishedOn: "2024-02-01" })).toEqual({
      abolishedOn: "废止/失效日期不能早于成文日期",
    });
    expect(errors({ ...valid, abolishedOn: "2024-05-01" })).toEqual({ abolishedOn: "有效的信息不应填写废止/失效日期" });
  });

  it("rejects codes outside the code sets", () => {
    expect(errors({ ...valid, genre: "decree", channels: ["website", "fax"] })).toEqual({
      genre: "请选择体裁",
      "channels.1": "公开方式不在可选范围内",
    });
  });
});

describe("itemValiditySchema", () => {
  it("needs 废止 or 失效 and a real date", () => {
    expect(itemValiditySchema.safeParse({ id: "x", version: "3", validity: "abolished", abolishedOn: "2024-06-30" }).success).toBe(true);
    expect(itemValiditySchema.safeParse({ id: "x", version: "3", validity: "valid", abolishedOn: "2024-06-30" }).success).toBe(false);
    expect(itemValiditySchema.safeParse({ id: "x", version: "3", validity: "expired", abolishedOn: "" }).success).toBe(false);
  });
});
