import { describe, expect, it } from "vitest";
import { axisMax, deadlinesByMonth, itemsByCategory, outcomeGroup, requestsByMonth } from "./series";

const zeros = (n: number) => Array<number>(n).fill(0);
const withAt = (n: number, at: Record<number, number>) => zeros(n).map((v, i) => at[i] ?? v);

describe("dashboard chart series", () => {
  it("groups outcomes as table 三's first-level rows; no outcome is 办理中", () => {
    expect(["disclosed", "partial", "withheld.state_secret", "unavailable.not_held", "not_processed.duplicate", "other.other", null].map(outcomeGroup)).toEqual([
      "disclosed",
      "partial",
      "withheld",
      "unavailable",
      "not_processed",
      "other",
      "open",
    ]);
  });

  it("folds month × outcome rows into twelve months, leaving out groups with no request", () => {
    const chart = requestsByMonth([
      { month: "2024-03", outcome: "disclosed", n: 2 },
      { month: "2024-03", outcome: "withheld.state_secret", n: 1 },
      { month: "2024-03", outcome: "withheld.third_party", n: 3 },
      { month: "2024-12", outcome: null, n: 4 },
    ]);
    expect(chart.categories).toEqual(["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"]);
    expect(chart.series).toEqual([
      { name: "予以公开", values: withAt(12, { 2: 2 }) },
      { name: "不予公开", values: withAt(12, { 2: 4 }) },
      { name: "办理中", values: withAt(12, { 11: 4 }) },
    ]);
  });

  it("folds year × category rows in category order, ignoring years outside the chart", () => {
    const chart = itemsByCategory(
      [2022, 2023, 2024],
      [
        { id: "a", name: "民政" },
        { id: "b", name: "财政" },
        { id: "c", name: "教育" },
      ],
      [
        { year: "2024", categoryId: "b", n: 5 },
        { year: "2022", categoryId: "a", n: 1 },
        { year: "2021", categoryId: "c", n: 9 },
      ],
    );
    expect(chart).toEqual({
      categories: ["2022年", "2023年", "2024年"],
      series: [
        { name: "民政", values: [1, 0, 0] },
        { name: "财政", values: [0, 0, 5] },
      ],
    });
  });

  it("counts deadlines of the year by month, met and missed", () => {
    const chart = deadlinesByMonth(2024, [
      { dueOn: "2024-04-01", late: false },
      { dueOn: "2024-04-30", late: true },
      { dueOn: "2024-06-03", late: true },
      { dueOn: "2023-12-29", late: true },
    ]);
    expect(chart.series).toEqual([
      { name: "按期答复或未到期", values: withAt(12, { 3: 1 }) },
      { name: "逾期", values: withAt(12, { 3: 1, 5: 1 }) },
    ]);
  });

  it("picks an axis of four round steps", () => {
    expect([0, 1, 3, 4, 5, 9, 17, 40, 41, 230].map(axisMax)).toEqual([
      { max: 4, step: 1 },
      { max: 4, step: 1 },
      { max: 4, step: 1 },
      { max: 4, step: 1 },
      { max: 8, step: 2 },
      { max: 20, step: 5 },
      { max: 20, step: 5 },
      { max: 40, step: 10 },
      { max: 80, step: 20 },
      { max: 400, step: 100 },
    ]);
  });
});
