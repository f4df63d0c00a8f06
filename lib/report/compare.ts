import { PROACTIVE_TABLE } from "./formats";
import { cellKeys, cellLabel, cellValue } from "./layout";
import { figureValue, type FigureData } from "./text";
import type { Check, ReportJson } from "./types";

// Year-over-year comparison of the headline figures. A change counts as large when it is at least
// LARGE_CHANGE.absolute and at least LARGE_CHANGE.ratio of last year's figure (any rise from 0 of that size);
// a large change asks the supervisor for an explanation, kept with the report.

export const LARGE_CHANGE = { absolute: 5, ratio: 0.5 } as const;

const HEADLINES: { path: string; label: string }[] = [
  { path: "summary.itemsCreated", label: "本年制作信息" },
  { path: "summary.itemsPublished", label: "本年主动公开信息" },
  { path: "requests.new.total", label: "本年新收申请" },
  { path: "requests.carried_in.total", label: "上年结转申请" },
  { path: "requests.disclosed.total", label: "予以公开" },
  { path: "requests.partial.total", label: "部分公开" },
  { path: "group.withheld", label: "不予公开" },
  { path: "group.unavailable", label: "无法提供" },
  { path: "group.not_processed", label: "不予处理" },
  { path: "group.other", label: "其他处理" },
  { path: "requests.total.total", label: "办理结果总计" },
  { path: "requests.carried_out.total", label: "结转下年度继续办理" },
  { path: "appeals.review.total", label: "行政复议" },
  { path: "group.litigation", label: "行政诉讼" },
];

export type ComparisonRow = { path: string; label: string; previous: number; current: number; delta: number; large: boolean };

export function isLargeChange(previous: number, current: number): boolean {
  const delta = Math.abs(current - previous);
  return delta >= LARGE_CHANGE.absolute && (previous === 0 || delta / Math.abs(previous) >= LARGE_CHANGE.ratio);
}

/** Table-二 cells present in both years' formats (e.g. 行政许可 处理决定数量 is in both). */
function sharedProactiveCells(current: FigureData, previous: FigureData) {
  const keys = (data: FigureData) =>
    PROACTIVE_TABLE[data.format].flatMap((g) => g.rows.flatMap((r) => g.columns.map((c) => `proactive.${r.code}.${c.code}`)));
  const before = new Set(keys(previous));
  return keys(current)
    .filter((k) => before.has(k))
    .map((path) => ({ path, label: cellLabel(current.format, path).split(" / ").slice(1).join(" ") }));
}

/** This year against last year, headline figures first, then table 二. */
export function compareYears(current: FigureData, previous: FigureData): ComparisonRow[] {
  return [...HEADLINES, ...sharedProactiveCells(current, previous)].map(({ path, label }) => {
    const now = Number(figureValue(path, current) ?? 0);
    const before = Number(figureValue(path, previous) ?? 0);
    return { path, label, previous: before, current: now, delta: now - before, large: isLargeChange(before, now) };
  });
}

/** Warning while a large change has no written explanation. */
export function explanationCheck(rows: ComparisonRow[], explanations: Record<string, string>): Check {
  const missing = rows.filter((r) => r.large && !explanations[r.path]?.trim());
  return missing.length === 0
    ? { code: "yoy.explained", ok: true, severity: "warning", detail: "与上年相比的较大变化均已说明", cells: [] }
    : {
        code: "yoy.explained",
        ok: false,
        severity: "warning",
        detail: `与上年相比变化较大、尚未说明原因：${missing.map((r) => `${r.label}（${r.previous} → ${r.current}）`).join("；")}`,
        cells: missing.map((r) => r.path),
      };
}

const SUMMARY_FIGURES: { key: keyof Omit<ReportJson["summary"], "byCategory">; label: string }[] = [
  { key: "itemsCreated", label: "本年制作信息" },
  { key: "itemsProactive", label: "其中主动公开" },
  { key: "itemsOnRequest", label: "依申请公开" },
  { key: "itemsWithheld", label: "不予公开" },
  { key: "itemsPublished", label: "本年主动公开信息" },
  { key: "itemsPublishedCumulative", label: "历年累计主动公开信息" },
];

export type DriftCell = { cell: string; label: string; published: number; current: number };

/** Cells (and summary figures) of a published version that differ from a fresh computation of the same year. */
export function driftCells(published: ReportJson, current: ReportJson): DriftCell[] {
  const cells = cellKeys(published.format).flatMap((cell) => {
    const before = cellValue(published, cell) ?? 0;
    const now = cellValue(current, cell) ?? 0;
    return before === now ? [] : [{ cell, label: cellLabel(published.format, cell), published: before, current: now }];
  });
  const summary = SUMMARY_FIGURES.flatMap(({ key, label }) =>
    published.summary[key] === current.summary[key]
      ? []
      : [{ cell: `summary.${key}`, label, published: published.summary[key], current: current.summary[key] }],
  );
  return [...cells, ...summary];
}
