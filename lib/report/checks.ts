import { APPLICANT_TYPES } from "@/lib/requests/codes";
import { APPEAL_COLUMNS, REQUEST_COLUMNS, outcomeRows, statisticLabel, type ReportFormat } from "./formats";
import type { Cells, Check } from "./types";

type Tables = { format: ReportFormat; proactive: Cells; requests: Cells; appeals: Cells };

/** What last year's report said, for the cross-year checks; null when last year is not in the system. */
export type PreviousYear = { requests: Cells; proactive: Cells; format: ReportFormat; source: string } | null;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function check(code: string, severity: Check["severity"], failures: { detail: string; cells: string[] }[], okDetail: string): Check {
  return failures.length === 0
    ? { code, ok: true, severity, detail: okDetail, cells: [] }
    : { code, ok: false, severity, detail: failures.map((f) => f.detail).join("；"), cells: failures.flatMap((f) => f.cells) };
}

/**
 * Every consistency check of the spec (annual-report-format.md §1.6, §1.8), each naming the cells involved.
 * `missingStatistics` (one body's report; a roll-up passes none): the 第二十条 statistics nobody entered, whose
 * cells print 0 although 0 was never reported.
 */
export function runChecks(tables: Tables, previous: PreviousYear, missingStatistics?: string[]): Check[] {
  const { requests, appeals, proactive, format } = tables;
  const rows = outcomeRows(format).map((r) => r.code);
  const checks: Check[] = [];

  if (missingStatistics) {
    checks.push(
      check(
        "proactive.statistics",
        "error",
        missingStatistics.length === 0
          ? []
          : [{
              detail: `未填报：${missingStatistics.map((code) => statisticLabel(format, code)).join("、")}（没有的请填 0；在“年度统计录入”中填写）`,
              cells: missingStatistics.map((code) => `proactive.${code}`),
            }],
        "第二十条各项统计均已填报",
      ),
    );
  }

  checks.push(
    check(
      "requests.identity",
      "error",
      REQUEST_COLUMNS.flatMap((col) => {
        const left = requests.new[col] + requests.carried_in[col];
        const right = requests.total[col] + requests.carried_out[col];
        return left === right
          ? []
          : [{
              detail: `${col} 列：本年新收 ${requests.new[col]} + 上年结转 ${requests.carried_in[col]} ≠ 总计 ${requests.total[col]} + 结转下年度 ${requests.carried_out[col]}`,
              cells: ["new", "carried_in", "total", "carried_out"].map((row) => `requests.${row}.${col}`),
            }];
      }),
      "每一列：第一项加第二项之和等于第三项加第四项之和",
    ),
  );

  const types = Object.keys(APPLICANT_TYPES);
  checks.push(
    check(
      "requests.row_sums",
      "error",
      Object.entries(requests).flatMap(([row, cells]) => {
        const parts = sum(types.map((t) => cells[t]));
        return parts === cells.total
          ? []
          : [{ detail: `${row} 行：各类申请人之和 ${parts} ≠ 总计 ${cells.total}`, cells: [`requests.${row}.total`] }];
      }),
      "每一行：各类申请人之和等于总计",
    ),
  );

  checks.push(
    check(
      "requests.total_is_sum",
      "error",
      REQUEST_COLUMNS.flatMap((col) => {
        const parts = sum(rows.map((row) => requests[row][col]));
        return parts === requests.total[col]
          ? []
          : [{ detail: `${col} 列：各办理结果之和 ${parts} ≠ （七）总计 ${requests.total[col]}`, cells: [`requests.total.${col}`] }];
      }),
      "（七）总计等于各项办理结果之和",
    ),
  );

  checks.push(
    previous
      ? check(
          "requests.carry_over",
          "error",
          REQUEST_COLUMNS.flatMap((col) =>
            previous.requests.carried_out[col] === requests.carried_in[col]
              ? []
              : [{
                  detail: `${col} 列：上年结转 ${requests.carried_in[col]} ≠ 上年报告结转下年度 ${previous.requests.carried_out[col]}`,
                  cells: [`requests.carried_in.${col}`],
                }],
          ),
          `上年结转等于${previous.source}的结转下年度继续办理`,
        )
      : { code: "requests.carry_over", ok: true, severity: "error", detail: "系统中没有上一年度的数据，未比较", cells: [] },
  );

  checks.push(
    check(
      "appeals.group_sums",
      "error",
      Object.entries(appeals).flatMap(([group, cells]) => {
        const parts = sum(APPEAL_COLUMNS.filter((c) => c !== "total").map((c) => cells[c]));
        return parts === cells.total
          ? []
          : [{ detail: `${group}：维持、纠正、其他、未审结之和 ${parts} ≠ 总计 ${cells.total}`, cells: [`appeals.${group}.total`] }];
      }),
      "复议、诉讼各组：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计",
    ),
  );

  if (format === "2021") {
    const comparable = previous && previous.format === "2021";
    checks.push(
      comparable
        ? check(
            "proactive.in_force_rollover",
            "warning",
            ["regulation", "normative"].flatMap((row) => {
              const expected = previous.proactive[row].in_force + proactive[row].issued - proactive[row].abolished;
              return expected === proactive[row].in_force
                ? []
                : [{
                    detail: `${row}：上年现行有效 ${previous.proactive[row].in_force} + 本年制发 ${proactive[row].issued} − 本年废止 ${proactive[row].abolished} = ${expected} ≠ 现行有效 ${proactive[row].in_force}`,
                    cells: [`proactive.${row}.in_force`],
                  }];
            }),
            "现行有效件数 = 上年现行有效 + 本年制发 − 本年废止",
          )
        : { code: "proactive.in_force_rollover", ok: true, severity: "warning", detail: "没有可比较的上一年度（2021 格式）数据", cells: [] },
    );
  }
  return checks;
}
