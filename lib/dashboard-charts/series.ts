// The admin dashboard's charts as data: aggregate rows from the database folded into series, one value per
// category (month or year) and series. Pure functions, so every figure is checked by unit tests.

/** A stacked bar chart: `categories` along the x axis, one bar segment per series. */
export type Chart = { categories: string[]; series: { name: string; values: number[] }[] };

/** Outcomes grouped as table 三 groups them (its first-level rows); still-open requests as 办理中. */
export const OUTCOME_GROUPS = {
  disclosed: "予以公开",
  partial: "部分公开",
  withheld: "不予公开",
  unavailable: "无法提供",
  not_processed: "不予处理",
  other: "其他处理",
  open: "办理中",
} as const;
type OutcomeGroup = keyof typeof OUTCOME_GROUPS;

export const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** "withheld.state_secret" → "withheld"; no outcome (still open) → "open". */
export function outcomeGroup(outcome: string | null): OutcomeGroup {
  const group = (outcome ?? "open").split(".")[0];
  return group in OUTCOME_GROUPS ? (group as OutcomeGroup) : "other";
}

/** Keeps the series that have at least one non-zero value. */
function nonEmpty(chart: Chart): Chart {
  return { ...chart, series: chart.series.filter((s) => s.values.some((v) => v > 0)) };
}

/** Requests received per month of the year ("YYYY-MM" rows), by outcome group. */
export function requestsByMonth(rows: { month: string; outcome: string | null; n: number }[]): Chart {
  const values = Object.fromEntries(Object.keys(OUTCOME_GROUPS).map((g) => [g, Array<number>(12).fill(0)])) as Record<OutcomeGroup, number[]>;
  for (const row of rows) values[outcomeGroup(row.outcome)][Number(row.month.slice(5, 7)) - 1] += row.n;
  return nonEmpty({
    categories: MONTHS,
    series: (Object.keys(OUTCOME_GROUPS) as OutcomeGroup[]).map((g) => ({ name: OUTCOME_GROUPS[g], values: values[g] })),
  });
}

/** Items per year (of 成文日期) by 主题分类, categories in their order; empty categories left out. */
export function itemsByCategory(years: number[], categories: { id: string; name: string }[], rows: { year: string; categoryId: string; n: number }[]): Chart {
  const column = new Map(years.map((y, i) => [String(y), i]));
  const series = categories.map((c) => ({ name: c.name, values: Array<number>(years.length).fill(0) }));
  const index = new Map(categories.map((c, i) => [c.id, i]));
  for (const row of rows) {
    const s = index.get(row.categoryId);
    const y = column.get(row.year);
    if (s !== undefined && y !== undefined) series[s].values[y] += row.n;
  }
  return nonEmpty({ categories: years.map((y) => `${y}年`), series });
}

/** Per month of the year: answer deadlines falling in it, split into met (or not yet passed) and missed. */
export function deadlinesByMonth(year: number, deadlines: { dueOn: string; late: boolean }[]): Chart {
  const met = Array<number>(12).fill(0);
  const late = Array<number>(12).fill(0);
  for (const d of deadlines) {
    if (Number(d.dueOn.slice(0, 4)) !== year) continue;
    (d.late ? late : met)[Number(d.dueOn.slice(5, 7)) - 1]++;
  }
  return { categories: MONTHS, series: [{ name: "按期答复或未到期", values: met }, { name: "逾期", values: late }] };
}

/** An axis of four steps of 1, 2 or 5 × 10ⁿ (counts, so at least 1) reaching at least the largest total. */
export function axisMax(largest: number): { max: number; step: number } {
  const raw = Math.max(largest / 4, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return { max: step * 4, step };
}
