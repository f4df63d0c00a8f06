import { describe, expect, it } from "vitest";
import { validateInterchange } from "./validate";
import { NO_CODES, goodFile, valid } from "@/test/interchange-fixtures";

type Raw = ReturnType<typeof goodFile>;

function errorsOf(raw: unknown, known = NO_CODES): string[] {
  const result = validateInterchange(raw, known);
  if (result.ok) throw new Error("expected validation errors");
  return result.errors;
}

describe("validateInterchange", () => {
  it("accepts a good file and fills absent arrays with []", () => {
    expect(valid(goodFile()).items).toHaveLength(3);
    const minimal = valid({ version: 1 });
    expect(minimal).toEqual({ version: 1, organizations: [], categories: [], items: [], requests: [], appeals: [], statistics: [] });
  });

  it("reports an unknown code with its JSON path and the allowed codes", () => {
    const raw = goodFile();
    (raw.requests[0] as Record<string, unknown>).outcome = "withheld.foo";
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^requests\[0\]\.outcome: 未知代码 unknown code "withheld\.foo"（可选：disclosed \| partial \| /);
    expect(errors[0]).toContain("other.other");
  });

  it("refuses unknown fields with their JSON path: a typo never silently drops a field", () => {
    const raw = goodFile() as Record<string, unknown> & Raw;
    const item = raw.items[0] as Record<string, unknown>;
    item.docNO = item.docNo;
    (raw.statistics[0] as Record<string, unknown>).unit = "万元";
    raw.reports = [];
    expect(errorsOf(raw)).toEqual(["reports: 未知字段 unknown field", "items[0].docNO: 未知字段 unknown field", "statistics[0].unit: 未知字段 unknown field"]);
  });

  it("reports unknown codes in nested arrays and other sections", () => {
    const raw = goodFile();
    raw.items[0].channels = ["website", "telegram"];
    (raw.appeals[0] as Record<string, unknown>).kind = "lawsuit";
    (raw.items[1] as Record<string, unknown>).genre = "law";
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(3);
    expect(errors).toContainEqual(expect.stringMatching(/^items\[0\]\.channels\[1\]: 未知代码 unknown code "telegram"/));
    expect(errors).toContainEqual(expect.stringMatching(/^items\[1\]\.genre: 未知代码 unknown code "law"/));
    expect(errors).toContainEqual(expect.stringMatching(/^appeals\[0\]\.kind: 未知代码 unknown code "lawsuit"/));
  });

  it("rejects a date that is not on the calendar", () => {
    const raw = goodFile();
    raw.requests[0].receivedOn = "2021-02-30";
    raw.items[0].createdOn = "2021-3-2";
    const errors = errorsOf(raw);
    expect(errors).toEqual([
      'items[0].createdOn: 不是有效日期（YYYY-MM-DD）："2021-3-2"',
      'requests[0].receivedOn: 不是有效日期（YYYY-MM-DD）："2021-02-30"',
    ]);
  });

  it("reports missing required fields", () => {
    const raw = goodFile() as Record<string, unknown> & Raw;
    delete (raw.requests[0] as Record<string, unknown>).applicantType;
    delete (raw.items[0] as Record<string, unknown>).createdOn;
    delete (raw.organizations[0] as Record<string, unknown>).indexPrefix;
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(3);
    expect(errors).toContain("requests[0].applicantType: 必填");
    expect(errors).toContainEqual(expect.stringMatching(/^items\[0\]\.createdOn: /));
    expect(errors).toContainEqual(expect.stringMatching(/^organizations\[0\]\.indexPrefix: /));
  });

  it("rejects an empty title", () => {
    const raw = goodFile();
    raw.items[2].title = "   ";
    expect(errorsOf(raw)).toEqual(["items[2].title: 不能为空"]);
  });

  it("rejects a wrong or missing version", () => {
    expect(errorsOf({ ...goodFile(), version: 2 })).toEqual(["version: version 应为 1"]);
    expect(errorsOf({ organizations: [] })).toEqual(["version: version 应为 1"]);
  });

  it("rejects something that is not a file at all", () => {
    const errors = errorsOf(null);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(文件\): /);
  });

  it("reports duplicate natural keys inside the file", () => {
    const raw = goodFile();
    raw.requests[1].number = "2021-0001";
    raw.items[2].indexNo = "003680183/2021-00001";
    raw.statistics.push({ org: "xiaotao", year: 2021, code: "licensing.decisions", value: 12 });
    raw.categories.push({ code: "plans", name: "规划" });
    raw.appeals.push({ ...raw.appeals[0] });
    expect(errorsOf(raw)).toEqual([
      "categories[2].code: 与 categories[1] 重复",
      "items[2].indexNo: 与 items[0] 重复",
      "requests[1].number: 与 requests[0] 重复",
      "appeals[1].number: 与 appeals[0] 重复",
      "statistics[2].code: 与 statistics[0] 重复",
    ]);
  });

  it("allows the same number in two organisations and the same statistic in two years", () => {
    const raw = goodFile();
    raw.organizations.push({ code: "datian", name: "大田镇人民政府", indexPrefix: "003680184" });
    raw.requests[1].number = "2021-0001";
    raw.requests[1].org = "datian";
    raw.statistics[1] = { org: "xiaotao", year: 2022, code: "licensing.decisions", value: 3 };
    expect(valid(raw).requests).toHaveLength(2);
  });

  it("reports references to unknown organisations and categories", () => {
    const raw = goodFile();
    raw.requests[1].org = "nope";
    raw.statistics[0].org = "nope";
    raw.items[1].category = "no-such-category";
    expect(errorsOf(raw)).toEqual([
      'requests[1].org: 未知机构 unknown organization "nope"',
      'statistics[0].org: 未知机构 unknown organization "nope"',
      'items[1].category: 未知主题分类 unknown category "no-such-category"',
    ]);
  });

  it("accepts references to organisations and categories already in the database", () => {
    const raw = { version: 1, items: goodFile().items, requests: goodFile().requests };
    expect(errorsOf(raw).length).toBe(3 + 2 + 3); // 3 item orgs, 2 request orgs, 3 item categories
    const known = { organizations: new Set(["xiaotao"]), categories: new Set(["org-functions", "plans"]) };
    expect(valid(raw, known).items).toHaveLength(3);
  });

  it("requires closedOn and outcome together", () => {
    const raw = goodFile();
    raw.requests[0].outcome = null as unknown as string;
    raw.requests[1].outcome = "disclosed" as unknown as null;
    (raw.appeals[0] as Record<string, unknown>).result = null;
    expect(errorsOf(raw)).toEqual([
      "requests[0].outcome: 办结日期和办理结果须同时填写或同时为空",
      "requests[1].closedOn: 办结日期和办理结果须同时填写或同时为空",
      "appeals[0].result: 审结日期和结果须同时填写或同时为空",
    ]);
  });

  it("rejects dates out of order", () => {
    const raw = goodFile();
    raw.items[0].publishedOn = "2021-03-01"; // createdOn 2021-03-02
    raw.items[1].abolishedOn = "2020-12-31"; // createdOn 2021-01-10
    raw.requests[0].closedOn = "2021-02-28"; // receivedOn 2021-03-01
    raw.appeals[0].closedOn = "2021-05-09"; // filedOn 2021-05-10
    expect(errorsOf(raw)).toEqual([
      "items[0].publishedOn: 公开日期早于成文日期",
      "items[1].abolishedOn: 废止日期早于成文日期",
      "requests[0].closedOn: 办结日期早于收到申请日期",
      "appeals[0].closedOn: 审结日期早于立案日期",
    ]);
  });

  it("only lets proactive items have a publication date", () => {
    const raw = goodFile();
    (raw.items[2] as Record<string, unknown>).publishedOn = "2021-04-02";
    expect(errorsOf(raw)).toEqual(["items[2].publishedOn: 只有主动公开的信息才有公开日期"]);
  });

  it("rejects a statistic code not valid for the year's format", () => {
    const raw = goodFile();
    raw.statistics = [
      { org: "xiaotao", year: 2020, code: "fees.amount_wan", value: "1.5" },
      { org: "xiaotao", year: 2021, code: "licensing.delta", value: 3 },
      { org: "xiaotao", year: 2020, code: "licensing.delta", value: -3 },
      { org: "xiaotao", year: 2021, code: "fees.amount_wan", value: "0.000001" },
    ];
    expect(errorsOf(raw)).toEqual([
      'statistics[0].code: 未知代码 unknown code "fees.amount_wan"（2020 年适用 2019 格式）',
      'statistics[1].code: 未知代码 unknown code "licensing.delta"（2021 年适用 2021 格式）',
    ]);
  });

  it("checks statistic values: integers for counts, no negatives except deltas, decimals only for money", () => {
    const raw = goodFile();
    raw.statistics = [
      { org: "xiaotao", year: 2021, code: "licensing.decisions", value: "1.5" },
      { org: "xiaotao", year: 2021, code: "penalty.decisions", value: -1 },
      { org: "xiaotao", year: 2021, code: "fees.amount_wan", value: "12,5" },
      { org: "xiaotao", year: 2020, code: "licensing.delta", value: -3 },
      { org: "xiaotao", year: 2020, code: "procurement.amount", value: "25.1" },
    ];
    expect(errorsOf(raw)).toEqual([
      "statistics[0].value: 应为整数",
      "statistics[1].value: 不能为负数",
      "statistics[2].value: 应为十进制数字",
    ]);
  });

  it("reports every problem of the file at once", () => {
    const raw = goodFile();
    (raw.requests[0] as Record<string, unknown>).outcome = "withheld.foo";
    raw.requests[1].receivedOn = "2021-02-30";
    raw.statistics[0] = { org: "xiaotao", year: 2020, code: "fees.amount_wan", value: 1 };
    expect(errorsOf(raw)).toHaveLength(3);
  });
});
