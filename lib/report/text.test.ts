import { describe, expect, it } from "vitest";
import { appealCells, requestCells } from "./assemble";
import {
  defaultDraft,
  figureValue,
  formatYuan,
  plainText,
  refreshFigures,
  segments,
  staleFigures,
  TEXT_PARTS,
  textChecks,
  UNFILLED,
  type FigureData,
  type TextParts,
} from "./text";
import { SEED_ORGANIZATION, SEED_REPORT_2020, proactiveTable } from "@/test/report-fixtures";

const seedData = { ...SEED_REPORT_2020, fees: { collectedFen: 0, payments: 0 } };
const organization = SEED_ORGANIZATION;
const draft2020 = () => defaultDraft({ year: 2020, organization, data: seedData });

describe("default draft of the seed township's 2020 report", () => {
  it("part 一（一） carries the seed report's figures, in its wording", () => {
    expect(plainText(draft2020().proactive)).toBe(
      "2020年度本机关共制作信息16条，其中主动公开信息数16条，占比100%；公开信息中，机构职能类信息3条，占比18.75%；" +
        "政策、规范性文件类信息1条，占比6.25%；规划计划类信息1条，占比6.25%；为民办实事类信息3条，占比18.75%；" +
        "民政扶贫救灾社会保障就业类信息2条，占比12.5%；国土资源城乡建设环保能源类信息2条，占比12.5%；" +
        "科教文体卫生类信息2条，占比12.5%；安全生产、应急管理类信息2条，占比12.5%；依申请公开数为0，不予公开信息数为0。" +
        "历年累计主动公开信息数378条。本年新制作规章0件、规范性文件0件。",
    );
  });

  it("keeps every figure linked to its datum", () => {
    const text = draft2020().proactive;
    expect(text).toContain("共制作信息{{summary.itemsCreated=16}}条");
    expect(text).toContain("占比{{summary.proactiveShare=100}}%");
    expect(text).toContain("机构职能类信息{{category.org-functions.count=3}}条，占比{{category.org-functions.percent=18.75}}%");
    expect(text).toContain("历年累计主动公开信息数{{summary.itemsPublishedCumulative=378}}条");
    expect(staleFigures(draft2020(), seedData)).toEqual([]);
  });

  it("names the statistics period, the 2019 trial format and the contact details in the introduction", () => {
    expect(draft2020().intro).toBe(
      "按照《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式（试行）》要求，" +
        "特向社会公布2020年度永安市小陶镇人民政府政府信息公开工作年度报告。报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。" +
        "本报告电子版可在http://www.ya.gov.cn/下载。如对本报告有疑问，请联系小陶镇党政办公室，地址：永安市小陶镇解放北路 1 号，" +
        "邮编：366025，联系电话：0598-3700270，邮箱：yaxt000@126.com。",
    );
  });

  it("part 一（二） is written from table 三; 六 states that no fee was collected", () => {
    const parts = draft2020();
    expect(plainText(parts.requests)).toBe(
      "2020年度本机关新收政府信息公开申请0件（其中自然人0件，法人或其他组织0件），上年结转0件。" +
        "本年度办结0件，其中予以公开0件，部分公开0件，不予公开0件，无法提供0件，不予处理0件，其他处理0件；结转下年度继续办理0件。",
    );
    expect(plainText(parts.other)).toBe("依据《政府信息公开信息处理费管理办法》，2020年度本机关无收取信息处理费情况（收取金额0元）。");
    expect(parts.other).toContain("{{fees.yuan=0}}");
  });

  it("leaves the parts that records cannot write marked as unfilled", () => {
    const parts = draft2020();
    for (const key of ["management", "platform", "supervision", "problems"] as const) expect(parts[key]).toContain(UNFILLED);
    for (const key of ["intro", "proactive", "requests", "other"] as const) expect(parts[key]).not.toContain(UNFILLED);
    expect(plainText(parts.supervision)).toContain("本年度因政府信息公开工作被申请行政复议0件，被提起行政诉讼0件。");
  });
});

// A 2021-format year counted by hand: 3 new (2 natural persons, 1 commercial) + 1 carried in; closed: 1 disclosed,
// 1 partial, 1 withheld.third_party, 1 other.unpaid_fee; nothing carried out. Appeals: 2 reviews, 1 + 1 litigation.
const requests2021 = requestCells("2021", [
  { applicantType: "natural_person", outcome: "disclosed", received: 1, carriedIn: 0, closed: 1, carriedOut: 0 },
  { applicantType: "natural_person", outcome: "partial", received: 1, carriedIn: 0, closed: 1, carriedOut: 0 },
  { applicantType: "commercial", outcome: "withheld.third_party", received: 1, carriedIn: 0, closed: 1, carriedOut: 0 },
  { applicantType: "research", outcome: "other.unpaid_fee", received: 0, carriedIn: 1, closed: 1, carriedOut: 0 },
]);
const data2021: FigureData = {
  format: "2021",
  proactive: proactiveTable({
    normative: { issued: 2, abolished: 1, in_force: 7 },
    licensing: { decisions: 12 },
    penalty: { decisions: 3 },
    fees: { amount_wan: 0.35 },
  }),
  requests: requests2021,
  appeals: appealCells([
    { kind: "review", result: "upheld", count: 1 },
    { kind: "review", result: "pending", count: 1 },
    { kind: "litigation_direct", result: "corrected", count: 1 },
    { kind: "litigation_after_review", result: "pending", count: 1 },
  ]),
  summary: {
    itemsCreated: 3,
    itemsProactive: 2,
    itemsOnRequest: 1,
    itemsWithheld: 0,
    itemsPublished: 2,
    itemsPublishedCumulative: 40,
    byCategory: [{ category: "plans", name: "规划计划", count: 2, percent: 100 }],
  },
  fees: { collectedFen: 1250, payments: 2 },
};

describe("figures", () => {
  it("resolves summary, category, cell, group and fee paths", () => {
    const v = (p: string) => figureValue(p, data2021);
    expect(v("summary.itemsCreated")).toBe("3");
    expect(v("summary.proactiveShare")).toBe("66.67");
    expect(v("category.plans.count")).toBe("2");
    expect(v("category.plans.percent")).toBe("100");
    expect(v("category.unknown.count")).toBe("0");
    expect(v("requests.new.total")).toBe("3");
    expect(v("requests.withheld.third_party.commercial")).toBe("1");
    expect(v("proactive.fees.amount_wan")).toBe("0.35");
    expect(v("group.withheld")).toBe("1");
    expect(v("group.other")).toBe("1");
    expect(v("group.unavailable")).toBe("0");
    expect(v("group.new_organisations")).toBe("1");
    expect(v("group.litigation")).toBe("2");
    expect(v("fees.yuan")).toBe("12.50");
    expect(v("fees.payments")).toBe("2");
    for (const unknown of ["summary.nope", "category.plans.size", "group.nope", "requests.nope.total", "nope.x", "fees.nope"]) {
      expect(v(unknown), unknown).toBeUndefined();
    }
    expect(figureValue("fees.yuan", { ...data2021, fees: undefined })).toBeUndefined();
  });

  it("counts the 2019 format's single （六）其他处理 row as the other group", () => {
    const data: FigureData = { ...seedData, requests: { ...seedData.requests, other: { ...seedData.requests.other, total: 4 } } };
    expect(figureValue("group.other", data)).toBe("4");
  });

  it("formats 信息处理费 in 元 exactly", () => {
    expect(formatYuan(0)).toBe("0");
    expect(formatYuan(3000)).toBe("30");
    expect(formatYuan(1250)).toBe("12.50");
    expect(formatYuan(1205)).toBe("12.05");
    expect(formatYuan(5)).toBe("0.05");
  });

  it("2021 draft: table-三 figures, 现行有效 of 行政规范性文件, the fee collected", () => {
    const parts = defaultDraft({ year: 2021, organization: { name: "测试镇人民政府" }, data: data2021 as DraftData });
    expect(plainText(parts.requests)).toBe(
      "2021年度本机关新收政府信息公开申请3件（其中自然人2件，法人或其他组织1件），上年结转1件。" +
        "本年度办结4件，其中予以公开1件，部分公开1件，不予公开1件，无法提供0件，不予处理0件，其他处理1件；结转下年度继续办理0件。",
    );
    expect(plainText(parts.proactive)).toContain("本年制发规章0件、行政规范性文件2件，废止行政规范性文件1件，现行有效行政规范性文件7件。");
    expect(plainText(parts.proactive)).toContain("共制作信息3条，其中主动公开信息数2条，占比66.67%；公开信息中，规划计划类信息2条，占比100%；");
    expect(plainText(parts.other)).toBe("依据《政府信息公开信息处理费管理办法》，2021年度本机关收取信息处理费12.50元（共2笔）。");
    expect(plainText(parts.supervision)).toContain("被申请行政复议2件，被提起行政诉讼2件。");
    // Without contact details the introduction says nothing about them.
    expect(parts.intro).not.toContain("如对本报告有疑问");
    expect(parts.intro).toContain("《中华人民共和国政府信息公开工作年度报告格式》要求");
  });

  it("writes no category sentence when nothing was published", () => {
    const data = { ...data2021, summary: { ...data2021.summary, itemsPublished: 0, byCategory: [] } } as DraftData;
    expect(plainText(defaultDraft({ year: 2021, organization: { name: "测" }, data }).proactive)).not.toContain("公开信息中");
  });
});

type DraftData = Parameters<typeof defaultDraft>[0]["data"];

describe("linked figures", () => {
  const text = "共收到申请{{requests.new.total=3}}件，其中自然人{{requests.new.natural_person=5}}件，另有{{nope.path=9}}。";

  it("splits text and flags figures that differ from the data", () => {
    expect(segments(text, data2021)).toEqual([
      { kind: "text", text: "共收到申请" },
      { kind: "figure", path: "requests.new.total", written: "3", current: "3", stale: false },
      { kind: "text", text: "件，其中自然人" },
      { kind: "figure", path: "requests.new.natural_person", written: "5", current: "2", stale: true },
      { kind: "text", text: "件，另有" },
      { kind: "figure", path: "nope.path", written: "9", current: undefined, stale: true },
      { kind: "text", text: "。" },
    ]);
  });

  it("prints the written figures, and refreshes them from the data on request", () => {
    expect(plainText(text)).toBe("共收到申请3件，其中自然人5件，另有9。");
    expect(refreshFigures(text, data2021)).toBe(
      "共收到申请{{requests.new.total=3}}件，其中自然人{{requests.new.natural_person=2}}件，另有{{nope.path=9}}。",
    );
  });

  it("text.figures fails naming the cells of stale figures; text.unfilled names the unwritten parts", () => {
    const parts = Object.fromEntries(TEXT_PARTS.map((p) => [p.key, "无。"])) as TextParts;
    parts.requests = text;
    parts.problems = `${UNFILLED}问题`;
    const [figures, unfilled] = textChecks(parts, data2021);
    expect(figures).toMatchObject({ code: "text.figures", ok: false, severity: "error", cells: ["requests.new.natural_person", "text.nope.path"] });
    expect(figures.detail).toBe(
      "一、总体情况（二）依申请公开：requests.new.natural_person 写作 5，数据为 2；一、总体情况（二）依申请公开：nope.path 写作 9，数据为 （无此数据）",
    );
    expect(unfilled).toMatchObject({ code: "text.unfilled", ok: false, severity: "error", cells: ["text.problems"] });
    parts.requests = refreshFigures("共收到申请{{requests.new.total=0}}件。", data2021);
    parts.problems = "无。";
    expect(textChecks(parts, data2021).map((c) => c.ok)).toEqual([true, true]);
  });

  it("a figure changed in the data after drafting is flagged", () => {
    const parts = draft2020();
    const later: FigureData = { ...seedData, summary: { ...seedData.summary, itemsCreated: 17 } };
    expect(staleFigures(parts, later)).toEqual([
      { part: "proactive", path: "summary.itemsCreated", written: "16", current: "17" },
      { part: "proactive", path: "summary.proactiveShare", written: "100", current: "94.12" },
    ]);
  });
});
