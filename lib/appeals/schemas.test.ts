import { describe, expect, it } from "vitest";
import { appealSchema } from "./schemas";

const messages = (value: unknown) =>
  Object.fromEntries((appealSchema.safeParse(value).error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("appealSchema", () => {
  const pending = { number: "FY-2024-01", kind: "review", filedOn: "2024-05-10", closedOn: "", result: "", requestNumber: "", note: "" };

  it("accepts a pending case with no closing date or result", () => {
    expect(appealSchema.safeParse(pending).data).toEqual({
      number: "FY-2024-01",
      kind: "review",
      filedOn: "2024-05-10",
      closedOn: undefined,
      result: undefined,
      requestNumber: undefined,
      note: undefined,
    });
  });

  it("needs the closing date and the result together, closing no earlier than filing", () => {
    expect(messages({ ...pending, closedOn: "2024-06-01" })).toEqual({ result: "已审结的案件请选择审结结果" });
    expect(messages({ ...pending, result: "upheld" })).toEqual({ closedOn: "填写了审结结果，请同时填写审结日期" });
    expect(messages({ ...pending, closedOn: "2024-05-09", result: "corrected" })).toEqual({ closedOn: "审结日期不能早于立案（申请）日期" });
    expect(appealSchema.safeParse({ ...pending, closedOn: "2024-07-01", result: "corrected" }).success).toBe(true);
  });

  it("names missing or unknown fields in Chinese", () => {
    expect(messages({ kind: "appeal", filedOn: "2024-13-01" })).toEqual({
      number: "请填写案件编号",
      kind: "请选择案件类型",
      filedOn: "立案（申请）日期不是有效日期（格式：YYYY-MM-DD）",
    });
  });
});
