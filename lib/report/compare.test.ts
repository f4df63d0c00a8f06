import { describe, expect, it } from "vitest";
import { appealCells, requestCells } from "./assemble";
import { compareYears, driftCells, explanationCheck, isLargeChange } from "./compare";
import type { FigureData } from "./text";
import { proactiveTable } from "@/test/report-fixtures";

const summary = (created: number, published: number) => ({
  itemsCreated: created,
  itemsProactive: published,
  itemsOnRequest: 0,
  itemsWithheld: 0,
  itemsPublished: published,
  itemsPublishedCumulative: 100,
  byCategory: [],
});

const year2020: FigureData = {
  format: "2019",
  proactive: {
    regulation: { created: 0, published: 0, total_public: 0 },
    normative: { created: 1, published: 1, total_public: 3 },
    licensing: { prev_items: 0, delta: 11, decisions: 20 },
    other_service: { prev_items: 0, delta: 0, decisions: 0 },
    penalty: { prev_items: 0, delta: 0, decisions: 4 },
    coercion: { prev_items: 0, delta: 0, decisions: 0 },
    fees: { prev_items: 0, delta: 0 },
    procurement: { projects: 0, amount: 0 },
  },
  requests: requestCells("2019", [
    { applicantType: "natural_person", outcome: "disclosed", received: 2, carriedIn: 0, closed: 2, carriedOut: 0 },
  ]),
  appeals: appealCells([]),
  summary: summary(16, 16),
};

const year2021: FigureData = {
  format: "2021",
  proactive: proactiveTable({ normative: { issued: 1, abolished: 0, in_force: 4 }, licensing: { decisions: 9 }, penalty: { decisions: 4 } }),
  requests: requestCells("2021", [
    { applicantType: "natural_person", outcome: "disclosed", received: 2, carriedIn: 0, closed: 2, carriedOut: 0 },
    { applicantType: "commercial", outcome: "other.no_correction", received: 6, carriedIn: 0, closed: 6, carriedOut: 0 },
  ]),
  appeals: appealCells([{ kind: "review", result: "upheld", count: 1 }]),
  summary: summary(30, 24),
};

describe("isLargeChange", () => {
  it("needs both an absolute and a relative change", () => {
    expect(isLargeChange(16, 24)).toBe(true); // +8, 50 %
    expect(isLargeChange(16, 23)).toBe(false); // +7, 43.75 %
    expect(isLargeChange(2, 6)).toBe(false); // +4 only
    expect(isLargeChange(0, 5)).toBe(true);
    expect(isLargeChange(10, 5)).toBe(true); // −5, 50 %
    expect(isLargeChange(7, 7)).toBe(false);
  });
});

describe("compareYears", () => {
  const rows = compareYears(year2021, year2020);
  const row = (path: string) => rows.find((r) => r.path === path);

  it("compares headline figures across the two formats, the other group as one row", () => {
    expect(row("summary.itemsCreated")).toEqual({ path: "summary.itemsCreated", label: "本年制作信息", previous: 16, current: 30, delta: 14, large: true });
    expect(row("summary.itemsPublished")).toMatchObject({ previous: 16, current: 24, large: true });
    expect(row("requests.new.total")).toMatchObject({ previous: 2, current: 8, delta: 6, large: true });
    expect(row("group.other")).toMatchObject({ label: "其他处理", previous: 0, current: 6, large: true });
    expect(row("requests.disclosed.total")).toMatchObject({ previous: 2, current: 2, delta: 0, large: false });
    expect(row("appeals.review.total")).toMatchObject({ previous: 0, current: 1, large: false });
  });

  it("compares only the table-二 cells both formats have", () => {
    const proactive = rows.filter((r) => r.path.startsWith("proactive."));
    expect(proactive).toEqual([
      { path: "proactive.licensing.decisions", label: "行政许可 本年处理决定数量", previous: 20, current: 9, delta: -11, large: true },
      { path: "proactive.penalty.decisions", label: "行政处罚 本年处理决定数量", previous: 4, current: 4, delta: 0, large: false },
      { path: "proactive.coercion.decisions", label: "行政强制 本年处理决定数量", previous: 0, current: 0, delta: 0, large: false },
    ]);
  });

  it("asks for an explanation of each large change, as a warning", () => {
    const check = explanationCheck(rows, { "summary.itemsCreated": "新增村务公开栏目", "group.other": "  " });
    expect(check).toMatchObject({
      code: "yoy.explained",
      ok: false,
      severity: "warning",
      cells: ["summary.itemsPublished", "requests.new.total", "group.other", "requests.total.total", "proactive.licensing.decisions"],
    });
    expect(check.detail).toContain("本年新收申请（2 → 8）");
    const all = Object.fromEntries(rows.filter((r) => r.large).map((r) => [r.path, "已说明"]));
    expect(explanationCheck(rows, all).ok).toBe(true);
  });
});

describe("driftCells", () => {
  const report = (overrides: Partial<FigureData> = {}) => ({
    org: "t",
    year: 2021,
    checks: [],
    ...year2021,
    ...overrides,
  });

  it("is empty when nothing changed", () => {
    expect(driftCells(report(), report())).toEqual([]);
  });

  it("lists every differing cell with its label, and changed summary figures", () => {
    const requests = requestCells("2021", [
      { applicantType: "natural_person", outcome: "disclosed", received: 3, carriedIn: 0, closed: 3, carriedOut: 0 },
      { applicantType: "commercial", outcome: "other.no_correction", received: 6, carriedIn: 0, closed: 6, carriedOut: 0 },
    ]);
    const now = report({ requests, summary: summary(31, 24) });
    expect(driftCells(report(), now)).toEqual([
      { cell: "requests.new.natural_person", label: "一、本年新收政府信息公开申请数量 / 申请人情况 / 自然人", published: 2, current: 3 },
      { cell: "requests.new.total", label: "一、本年新收政府信息公开申请数量 / 申请人情况 / 总计", published: 8, current: 9 },
      { cell: "requests.disclosed.natural_person", label: "三、本年度办理结果 / （一）予以公开 / 申请人情况 / 自然人", published: 2, current: 3 },
      { cell: "requests.disclosed.total", label: "三、本年度办理结果 / （一）予以公开 / 申请人情况 / 总计", published: 2, current: 3 },
      { cell: "requests.total.natural_person", label: "三、本年度办理结果 / （七）总计 / 申请人情况 / 自然人", published: 2, current: 3 },
      { cell: "requests.total.total", label: "三、本年度办理结果 / （七）总计 / 申请人情况 / 总计", published: 8, current: 9 },
      { cell: "summary.itemsCreated", label: "本年制作信息", published: 30, current: 31 },
    ]);
  });
});
