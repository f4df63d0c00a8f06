import { compareYears, explanationCheck, type ComparisonRow } from "./compare";
import type { Draft } from "./document";
import type { ReportFormat } from "./formats";
import { cellLabel } from "./layout";
import { TEXT_PARTS, textChecks } from "./text";
import type { Check } from "./types";

/** What each check verifies, for the checks panel and the override form. */
export const CHECK_TITLES: Record<string, string> = {
  "requests.identity": "表三勾稽关系：每列第一项加第二项之和等于第三项加第四项之和",
  "requests.row_sums": "表三每行：各类申请人之和等于总计",
  "requests.total_is_sum": "表三（七）总计等于各项办理结果之和",
  "requests.carry_over": "表三上年结转等于上年度结转下年度继续办理",
  "appeals.group_sums": "表四各组：结果维持、结果纠正、其他结果、尚未审结之和等于总计",
  "proactive.in_force_rollover": "表二现行有效件数与上年衔接",
  "proactive.statistics": "表二第二十条各项统计均已填报",
  "text.figures": "正文中的数字与数据一致",
  "text.unfilled": "正文各部分均已填写",
  "yoy.explained": "与上年相比的较大变化已说明原因",
};

/** What a check's involved cell means, in words: a table cell, a prose part, a figure or a compared figure. */
export function involvedLabel(format: ReportFormat, cell: string, comparison: ComparisonRow[]): string {
  if (cell.startsWith("text.")) {
    const part = TEXT_PARTS.find((p) => `text.${p.key}` === cell);
    return part ? part.label : `正文数字 ${cell.slice("text.".length)}`;
  }
  return comparison.find((r) => r.path === cell)?.label ?? cellLabel(format, cell);
}

export type Review = { comparison: ComparisonRow[]; checks: Check[]; blocking: Check[] };

/**
 * Every check of a draft: the table checks of the report JSON, the prose checks, and the year-over-year
 * explanations. A failing error-level check blocks publication unless overridden with a reason.
 */
export function reviewDraft(draft: Pick<Draft, "report" | "previous" | "fees" | "parts" | "explanations">): Review {
  const data = { ...draft.report, fees: draft.fees };
  const comparison = compareYears(data, draft.previous);
  const checks = [...draft.report.checks, ...textChecks(draft.parts, data), explanationCheck(comparison, draft.explanations)];
  return { comparison, checks, blocking: checks.filter((c) => !c.ok && c.severity === "error") };
}
