import { describe, expect, it } from "vitest";
import { runChecks, type PreviousYear } from "./checks";
import type { Cells } from "./types";
import { proactiveTable, requestRow as row, requestTable } from "@/test/report-fixtures";

/** A consistent 2021-format table 三: 5 new + 2 carried in = 5 closed + 2 carried out. */
function consistentRequests(): Cells {
  return requestTable({
    new: row({ natural_person: 3, commercial: 1, research: 1 }),
    carried_in: row({ natural_person: 1, legal_service: 1 }),
    disclosed: row({ natural_person: 2, commercial: 1 }),
    partial: row({ legal_service: 1 }),
    "other.other": row({ natural_person: 1 }),
    total: row({ natural_person: 3, commercial: 1, legal_service: 1 }),
    carried_out: row({ natural_person: 1, research: 1 }),
  });
}

function consistentAppeals(): Cells {
  return {
    review: { upheld: 1, corrected: 1, other: 0, pending: 1, total: 3 },
    litigation_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    litigation_after_review: { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 },
  };
}

function proactive2021(regulationInForce: number, normativeInForce: number, issued = 0, abolished = 0): Cells {
  return proactiveTable({
    regulation: { issued: 0, abolished: 0, in_force: regulationInForce },
    normative: { issued, abolished, in_force: normativeInForce },
  });
}

function tables(overrides: { requests?: Cells; appeals?: Cells; proactive?: Cells } = {}) {
  return {
    format: "2021" as const,
    requests: overrides.requests ?? consistentRequests(),
    appeals: overrides.appeals ?? consistentAppeals(),
    proactive: overrides.proactive ?? proactive2021(1, 9, 3, 2),
  };
}

/** Last year: its carried_out is this year's carried_in (natural_person 1, legal_service 1); in_force 1 and 8. */
function previous(): NonNullable<PreviousYear> {
  const requests = consistentRequests();
  requests.carried_out = row({ natural_person: 1, legal_service: 1 });
  return { format: "2021", requests, proactive: proactive2021(1, 8), source: "2021 年记录" };
}

const byCode = (checks: ReturnType<typeof runChecks>) => Object.fromEntries(checks.map((c) => [c.code, c]));

describe("runChecks", () => {
  it("passes every check on consistent tables", () => {
    const checks = runChecks(tables(), previous());
    expect(checks.map((c) => c.code)).toEqual([
      "requests.identity",
      "requests.row_sums",
      "requests.total_is_sum",
      "requests.carry_over",
      "appeals.group_sums",
      "proactive.in_force_rollover",
    ]);
    for (const check of checks) {
      expect(check.ok, `${check.code}: ${check.detail}`).toBe(true);
      expect(check.cells).toEqual([]);
    }
  });

  it("names the cells of a broken identity new + carried_in = total + carried_out", () => {
    const requests = consistentRequests();
    requests.carried_out.natural_person += 1;
    requests.carried_out.total += 1;
    const check = byCode(runChecks(tables({ requests }), previous()))["requests.identity"];
    expect(check.ok).toBe(false);
    expect(check.severity).toBe("error");
    expect(check.cells).toEqual([
      "requests.new.natural_person",
      "requests.carried_in.natural_person",
      "requests.total.natural_person",
      "requests.carried_out.natural_person",
      "requests.new.total",
      "requests.carried_in.total",
      "requests.total.total",
      "requests.carried_out.total",
    ]);
    expect(check.detail).toContain("natural_person 列：本年新收 3 + 上年结转 1 ≠ 总计 3 + 结转下年度 2");
  });

  it("fails row_sums when a row's total is not the sum of its columns", () => {
    const requests = consistentRequests();
    requests.new.total = 4;
    const checks = byCode(runChecks(tables({ requests }), previous()));
    expect(checks["requests.row_sums"]).toMatchObject({ ok: false, cells: ["requests.new.total"] });
    expect(checks["requests.identity"]).toMatchObject({
      ok: false,
      cells: ["requests.new.total", "requests.carried_in.total", "requests.total.total", "requests.carried_out.total"],
    });
  });

  it("fails total_is_sum when （七）总计 is not the sum of the outcome rows", () => {
    const requests = consistentRequests();
    requests.total.commercial = 2;
    requests.total.total = 6;
    requests.new.commercial = 2;
    requests.new.total = 6;
    const checks = byCode(runChecks(tables({ requests }), previous()));
    expect(checks["requests.total_is_sum"]).toMatchObject({
      ok: false,
      cells: ["requests.total.commercial", "requests.total.total"],
    });
    // The identity itself still holds: 2 + 0 = 2 + 0.
    expect(checks["requests.identity"].ok).toBe(true);
  });

  it("fails carry_over when last year's carried_out differs from this year's carried_in", () => {
    const last = previous();
    last.requests.carried_out = row({ natural_person: 2, legal_service: 1 });
    const check = byCode(runChecks(tables(), last))["requests.carry_over"];
    expect(check).toMatchObject({
      ok: false,
      severity: "error",
      cells: ["requests.carried_in.natural_person", "requests.carried_in.total"],
    });
    expect(check.detail).toContain("natural_person 列：上年结转 1 ≠ 上年报告结转下年度 2");
  });

  it("passes carry_over without comparing when last year is not in the system", () => {
    const checks = byCode(runChecks(tables(), null));
    expect(checks["requests.carry_over"]).toMatchObject({ ok: true, cells: [] });
    expect(checks["proactive.in_force_rollover"]).toMatchObject({ ok: true, severity: "warning" });
  });

  it("fails appeals.group_sums naming the group's total", () => {
    const appeals = consistentAppeals();
    appeals.litigation_direct.pending = 2;
    const check = byCode(runChecks(tables({ appeals }), previous()))["appeals.group_sums"];
    expect(check).toMatchObject({ ok: false, severity: "error", cells: ["appeals.litigation_direct.total"] });
  });

  it("only warns when in_force is not last year's in_force + issued − abolished", () => {
    // normative: 8 + 3 − 2 = 9 expected, 10 reported.
    const check = byCode(runChecks(tables({ proactive: proactive2021(1, 10, 3, 2) }), previous()))[
      "proactive.in_force_rollover"
    ];
    expect(check).toMatchObject({ ok: false, severity: "warning", cells: ["proactive.normative.in_force"] });
    expect(check.detail).toContain("上年现行有效 8 + 本年制发 3 − 本年废止 2 = 9 ≠ 现行有效 10");
  });

  it("does not compare in_force with a 2019-format previous year", () => {
    const last = { ...previous(), format: "2019" as const, proactive: {} };
    const check = byCode(runChecks(tables({ proactive: proactive2021(1, 10, 3, 2) }), last))["proactive.in_force_rollover"];
    expect(check.ok).toBe(true);
  });

  it("has no in_force_rollover check for the 2019 format, and folds other.* there", () => {
    const requests = consistentRequests();
    requests.other = requests["other.other"];
    delete requests["other.no_correction"];
    delete requests["other.unpaid_fee"];
    delete requests["other.other"];
    const checks = runChecks({ ...tables({ requests }), format: "2019" }, null);
    expect(checks.map((c) => c.code)).toEqual([
      "requests.identity",
      "requests.row_sums",
      "requests.total_is_sum",
      "requests.carry_over",
      "appeals.group_sums",
    ]);
    expect(checks.every((c) => c.ok)).toBe(true);
  });
});
