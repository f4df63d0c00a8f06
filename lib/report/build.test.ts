import { beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "./build";
import { requestRow as row, requestTable } from "@/test/report-fixtures";
import { TEST_CATEGORIES, TEST_ORGANIZATIONS, appeal, importRecords, request } from "@/test/report-records";

// A small town "t" with records in 2020–2023, and a second organisation "u" whose records must never be counted.
// Every expected cell below is counted by hand from the rules of interchange.md §3.
const item = (
  title: string,
  genre: string,
  disclosure: string,
  category: string,
  createdOn: string,
  publishedOn: string | null = null,
  abolishedOn: string | null = null,
  org = "t",
) => ({ org, title, category, genre, disclosure, createdOn, publishedOn, abolishedOn, channels: ["website"] });

const file = {
  version: 1,
  organizations: TEST_ORGANIZATIONS,
  categories: [...TEST_CATEGORIES, { code: "unused", name: "无信息的分类" }],
  items: [
    item("R1 规章", "regulation", "proactive", "policy", "2020-05-01", "2020-05-02", "2022-01-10"),
    item("N1 规范性文件（2022年废止）", "normative", "proactive", "policy", "2021-03-01", "2021-03-02", "2022-06-30"),
    item("N2 规范性文件", "normative", "proactive", "policy", "2022-02-01", "2022-02-03"),
    item("N3 年底成文、次年公开", "normative", "proactive", "policy", "2022-12-30", "2023-01-05"),
    item("N4 次年成文", "normative", "proactive", "policy", "2023-01-10", "2023-01-11"),
    item("O1 依申请公开", "other", "on_request", "plans", "2022-04-01"),
    item("O2 不予公开", "other", "withheld", "plans", "2022-05-01"),
    item("O3 主动公开", "other", "proactive", "plans", "2022-07-01", "2022-07-02"),
    item("O4 主动公开", "other", "proactive", "plans", "2022-08-01", "2022-08-02"),
    item("U 规范性文件", "normative", "proactive", "policy", "2022-03-01", "2022-03-02", null, "u"),
  ],
  requests: [
    request("2021-0001", "natural_person", "2021-03-01", "2021-03-20", "disclosed"),
    request("2021-0002", "commercial", "2021-12-20", "2022-01-10", "partial"), // carried over into 2022
    request("2021-0003", "natural_person", "2021-12-28", "2021-12-31", "withheld.third_party"),
    request("2022-0001", "natural_person", "2022-01-05", "2022-01-20", "disclosed"),
    request("2022-0002", "natural_person", "2022-02-01", "2022-02-15", "unavailable.not_held"),
    request("2022-0003", "research", "2022-03-01", "2022-03-10", "other.no_correction"),
    request("2022-0004", "legal_service", "2022-04-01", "2022-04-20", "not_processed.duplicate"),
    request("2022-0005", "public_interest", "2022-12-29", "2023-01-05", "disclosed"), // carried over into 2023
    request("2022-0006", "other_org", "2022-12-30", null, null), // still open
    request("2022-0007", "commercial", "2022-06-01", "2022-06-15", "other.other"),
    request("2023-0001", "natural_person", "2023-01-03", null, null),
    request("2022-0001", "natural_person", "2022-01-05", "2022-01-20", "partial", "u"),
  ],
  appeals: [
    appeal("FY-2021-01", "review", "2021-10-01", "2022-01-15", "other"), // closed after 31 Dec 2021: pending in 2021
    appeal("FY-2022-01", "review", "2022-03-01", "2022-05-01", "upheld"),
    appeal("FY-2022-02", "review", "2022-11-01", "2023-02-01", "corrected"), // pending in 2022
    appeal("SS-2022-01", "litigation_direct", "2022-06-01", "2022-09-01", "corrected"),
    appeal("SS-2022-02", "litigation_after_review", "2022-07-01", null, null),
  ],
  statistics: [
    { org: "t", year: 2021, code: "licensing.decisions", value: 7 },
    { org: "t", year: 2022, code: "licensing.decisions", value: 12 },
    { org: "t", year: 2022, code: "penalty.decisions", value: 3 },
    { org: "t", year: 2022, code: "coercion.decisions", value: 0 },
    { org: "t", year: 2022, code: "fees.amount_wan", value: "0.35" },
    { org: "u", year: 2022, code: "penalty.decisions", value: 100 },
  ],
};

beforeAll(() => importRecords(file));

describe("buildReport", () => {
  it("returns null for an unknown organisation", async () => {
    expect(await buildReport("nope", 2022)).toBeNull();
  });

  it("2022: table 二 from items (genre + dates) and statistics", async () => {
    const report = (await buildReport("t", 2022))!;
    expect(report).toMatchObject({ org: "t", year: 2022, format: "2021" });
    expect(report.proactive).toEqual({
      // R1 was abolished on 2022-01-10: abolished this year, no longer in force.
      regulation: { issued: 0, abolished: 1, in_force: 0 },
      // issued N2, N3 (N3 counts although published in 2023); abolished N1; in force N2, N3.
      normative: { issued: 2, abolished: 1, in_force: 2 },
      licensing: { decisions: 12 },
      penalty: { decisions: 3 },
      coercion: { decisions: 0 },
      fees: { amount_wan: 0.35 },
    });
  });

  it("2022: table 三 per applicant type, with carry-over across the year end", async () => {
    const report = (await buildReport("t", 2022))!;
    expect(report.requests).toEqual(
      requestTable({
        new: row({ natural_person: 2, commercial: 1, research: 1, public_interest: 1, legal_service: 1, other_org: 1 }),
        carried_in: row({ commercial: 1 }), // 2021-0002
        disclosed: row({ natural_person: 1 }), // 2022-0005 closes in 2023, so not here
        partial: row({ commercial: 1 }),
        "unavailable.not_held": row({ natural_person: 1 }),
        "not_processed.duplicate": row({ legal_service: 1 }),
        "other.no_correction": row({ research: 1 }),
        "other.other": row({ commercial: 1 }),
        total: row({ natural_person: 2, commercial: 2, research: 1, legal_service: 1 }),
        carried_out: row({ public_interest: 1, other_org: 1 }), // 2022-0005 and 2022-0006
      }),
    );
    expect(report.requests.total.total).toBe(6);
    expect(report.requests.new.total + report.requests.carried_in.total).toBe(8);
  });

  it("2022: table 四 counts appeals filed in the year with the result known on 31 December", async () => {
    const report = (await buildReport("t", 2022))!;
    expect(report.appeals).toEqual({
      review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigation_direct: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      litigation_after_review: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    });
  });

  it("2022: summary figures and shares by category", async () => {
    const report = (await buildReport("t", 2022))!;
    expect(report.summary).toEqual({
      itemsCreated: 6, // N2, N3, O1, O2, O3, O4
      itemsProactive: 4, // N2, N3, O3, O4
      itemsOnRequest: 1,
      itemsWithheld: 1,
      itemsPublished: 3, // N2, O3, O4
      itemsPublishedCumulative: 5, // R1, N1, N2, O3, O4
      byCategory: [
        { category: "policy", name: "政策文件", count: 1, percent: 33.33 },
        { category: "plans", name: "规划计划", count: 2, percent: 66.67 },
      ],
    });
  });

  it("2022: every check passes, including carry-over and the in-force rollover against 2021", async () => {
    const report = (await buildReport("t", 2022))!;
    expect(report.checks.map((c) => c.code)).toEqual([
      "proactive.statistics",
      "requests.identity",
      "requests.row_sums",
      "requests.total_is_sum",
      "requests.carry_over",
      "appeals.group_sums",
      "proactive.in_force_rollover",
    ]);
    for (const check of report.checks) expect(check.ok, `${check.code}: ${check.detail}`).toBe(true);
    expect(report.checks.find((c) => c.code === "requests.carry_over")!.detail).toContain("2021 年记录");
  });

  it("2021: the appeal closed in 2022 is pending, the request received in December is carried out", async () => {
    const report = (await buildReport("t", 2021))!;
    expect(report.format).toBe("2021");
    expect(report.appeals.review).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(report.requests.new).toEqual(row({ natural_person: 2, commercial: 1 }));
    expect(report.requests.disclosed).toEqual(row({ natural_person: 1 }));
    expect(report.requests["withheld.third_party"]).toEqual(row({ natural_person: 1 }));
    expect(report.requests.carried_out).toEqual(row({ commercial: 1 }));
    expect(report.proactive.regulation).toEqual({ issued: 0, abolished: 0, in_force: 1 });
    expect(report.proactive.normative).toEqual({ issued: 1, abolished: 0, in_force: 1 });
    expect(report.proactive.licensing).toEqual({ decisions: 7 });
    // Only 许可 was entered for 2021: the others print 0 but fail their own check, unlike 2022's entered 0.
    const statistics = report.checks.find((c) => c.code === "proactive.statistics")!;
    expect(statistics.cells).toEqual(["proactive.penalty.decisions", "proactive.coercion.decisions", "proactive.fees.amount_wan"]);
    expect(report.proactive.coercion).toEqual({ decisions: 0 });
    expect(report.checks.filter((c) => !c.ok).map((c) => c.code)).toEqual(["proactive.statistics"]);
  });

  it("2020: the 2019 format, with created/published/total_public and statistics defaulting to 0", async () => {
    const report = (await buildReport("t", 2020))!;
    expect(report.format).toBe("2019");
    expect(report.proactive).toEqual({
      regulation: { created: 1, published: 1, total_public: 1 },
      normative: { created: 0, published: 0, total_public: 0 },
      licensing: { prev_items: 0, delta: 0, decisions: 0 },
      other_service: { prev_items: 0, delta: 0, decisions: 0 },
      penalty: { prev_items: 0, delta: 0, decisions: 0 },
      coercion: { prev_items: 0, delta: 0, decisions: 0 },
      fees: { prev_items: 0, delta: 0 },
      procurement: { projects: 0, amount: 0 },
    });
    expect(report.requests.other).toEqual(row());
    expect(report.requests["other.other"]).toBeUndefined();
    expect(report.summary.itemsPublishedCumulative).toBe(1);
  });

  it("counts only the organisation's own records", async () => {
    const report = (await buildReport("u", 2022))!;
    expect(report.proactive.normative).toEqual({ issued: 1, abolished: 0, in_force: 1 });
    expect(report.proactive.penalty).toEqual({ decisions: 100 });
    expect(report.requests.partial).toEqual(row({ natural_person: 1 }));
    expect(report.requests.new.total).toBe(1);
    expect(report.appeals.review.total).toBe(0);
    expect(report.summary.itemsPublished).toBe(1);
  });
});
