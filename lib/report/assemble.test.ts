import { describe, expect, it } from "vitest";
import {
  appealCells,
  proactiveCells,
  requestCells,
  summarize,
  type CategoryCount,
  type ItemGroup,
  type ReportInputs,
  type RequestGroup,
} from "./assemble";
import { percentOf } from "./percent";
import { APPLICANT_ORDER, OUTCOMES_2021 } from "@/test/report-fixtures";

const COLUMNS = [...APPLICANT_ORDER, "total"];

/** A row of table 三 with every column, zero where not given; `total` is filled in by the caller. */
function row(cells: Partial<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(COLUMNS.map((c) => [c, cells[c] ?? 0]));
}

function group(g: Partial<RequestGroup> & Pick<RequestGroup, "applicantType" | "outcome">): RequestGroup {
  return { received: 0, carriedIn: 0, closed: 0, carriedOut: 0, ...g };
}

const WITHHELD_ETC = OUTCOMES_2021.filter((code) => /^(withheld|unavailable|not_processed)\./.test(code));

// Requests as the database would group them for one year (see lib/report/queries.ts):
// natural persons: 3 received this year (2 disclosed, 1 still open), 1 carried in and closed "other.no_correction";
// commercial: 1 carried in closed "partial", 1 received and closed "other.unpaid_fee", 1 received closed next year;
// research: 1 received, closed "other.other"; legal_service: 1 carried in, still open on 31 December.
const groups: RequestGroup[] = [
  group({ applicantType: "natural_person", outcome: "disclosed", received: 2, closed: 2 }),
  group({ applicantType: "natural_person", outcome: null, received: 1, carriedOut: 1 }),
  group({ applicantType: "natural_person", outcome: "other.no_correction", carriedIn: 1, closed: 1 }),
  group({ applicantType: "commercial", outcome: "partial", carriedIn: 1, closed: 1 }),
  group({ applicantType: "commercial", outcome: "other.unpaid_fee", received: 1, closed: 1 }),
  group({ applicantType: "commercial", outcome: "withheld.third_party", received: 1, carriedOut: 1 }),
  group({ applicantType: "research", outcome: "other.other", received: 1, closed: 1 }),
  group({ applicantType: "legal_service", outcome: null, carriedIn: 1, carriedOut: 1 }),
];

describe("requestCells", () => {
  it("2019 format: folds other.* into one `other` row, rows in table order", () => {
    const cells = requestCells("2019", groups);
    expect(Object.keys(cells)).toEqual(["new", "carried_in", "disclosed", "partial", ...WITHHELD_ETC, "other", "total", "carried_out"]);
    expect(cells.other).toEqual(row({ natural_person: 1, commercial: 1, research: 1, total: 3 }));
    expect(cells["other.no_correction"]).toBeUndefined();
    expect(cells["other.unpaid_fee"]).toBeUndefined();
    expect(cells["other.other"]).toBeUndefined();
  });

  it("2021 format: keeps the three other.* rows", () => {
    const cells = requestCells("2021", groups);
    expect(Object.keys(cells)).toEqual([
      "new",
      "carried_in",
      "disclosed",
      "partial",
      ...WITHHELD_ETC,
      "other.no_correction",
      "other.unpaid_fee",
      "other.other",
      "total",
      "carried_out",
    ]);
    expect(cells["other.no_correction"]).toEqual(row({ natural_person: 1, total: 1 }));
    expect(cells["other.unpaid_fee"]).toEqual(row({ commercial: 1, total: 1 }));
    expect(cells["other.other"]).toEqual(row({ research: 1, total: 1 }));
    expect(cells.other).toBeUndefined();
  });

  it.each(["2019", "2021"] as const)("%s format: new, carried_in, outcome rows, total and carried_out per column", (format) => {
    const cells = requestCells(format, groups);
    expect(cells.new).toEqual(row({ natural_person: 3, commercial: 2, research: 1, total: 6 }));
    expect(cells.carried_in).toEqual(row({ natural_person: 1, commercial: 1, legal_service: 1, total: 3 }));
    expect(cells.disclosed).toEqual(row({ natural_person: 2, total: 2 }));
    expect(cells.partial).toEqual(row({ commercial: 1, total: 1 }));
    // Closed next year: not an outcome of this year, but carried out.
    expect(cells["withheld.third_party"]).toEqual(row({}));
    expect(cells.total).toEqual(row({ natural_person: 3, commercial: 2, research: 1, total: 6 }));
    expect(cells.carried_out).toEqual(row({ natural_person: 1, commercial: 1, legal_service: 1, total: 3 }));
    for (const code of WITHHELD_ETC.filter((c) => c !== "withheld.third_party")) expect(cells[code]).toEqual(row({}));
  });

  it.each(["2019", "2021"] as const)("%s format: new + carried_in = total + carried_out in every column", (format) => {
    const cells = requestCells(format, groups);
    for (const column of COLUMNS) {
      expect(cells.new[column] + cells.carried_in[column], column).toBe(cells.total[column] + cells.carried_out[column]);
    }
  });

  it("gives a full table of zeros when there are no requests", () => {
    const cells = requestCells("2021", []);
    expect(Object.keys(cells)).toHaveLength(2 + 21 + 2);
    for (const cellsOfRow of Object.values(cells)) expect(cellsOfRow).toEqual(row({}));
  });
});

describe("appealCells", () => {
  it("counts each group by result and totals it", () => {
    const cells = appealCells([
      { kind: "review", result: "upheld", count: 3 },
      { kind: "review", result: "corrected", count: 1 },
      { kind: "review", result: "pending", count: 2 },
      { kind: "litigation_direct", result: "other", count: 1 },
      { kind: "litigation_after_review", result: "pending", count: 4 },
      { kind: "litigation_after_review", result: "corrected", count: 1 },
    ]);
    expect(cells).toEqual({
      review: { upheld: 3, corrected: 1, other: 0, pending: 2, total: 6 },
      litigation_direct: { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 },
      litigation_after_review: { upheld: 0, corrected: 1, other: 0, pending: 4, total: 5 },
    });
  });

  it("gives three zero groups when there are no appeals", () => {
    const zero = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
    expect(appealCells([])).toEqual({ review: zero, litigation_direct: zero, litigation_after_review: zero });
  });
});

function item(g: Partial<ItemGroup> & Pick<ItemGroup, "genre" | "disclosure">): ItemGroup {
  return { created: 0, published: 0, publishedCumulative: 0, abolished: 0, inForce: 0, ...g };
}

describe("percentOf", () => {
  it("rounds to 2 decimals", () => {
    expect(percentOf(3, 16)).toBe(18.75);
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(16, 16)).toBe(100);
    expect(percentOf(1, 8)).toBe(12.5);
  });

  it("is 0 of nothing", () => {
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe("summarize", () => {
  it("counts created items by disclosure, published and cumulative proactive items, and shares by category", () => {
    const items = [
      item({ genre: "other", disclosure: "proactive", created: 14, published: 13, publishedCumulative: 350 }),
      item({ genre: "normative", disclosure: "proactive", created: 2, published: 3, publishedCumulative: 28 }),
      item({ genre: "other", disclosure: "on_request", created: 4 }),
      item({ genre: "other", disclosure: "withheld", created: 1 }),
    ];
    const categories: CategoryCount[] = [
      { code: "org-functions", name: "机构职能", count: 3 },
      { code: "plans", name: "规划计划", count: 0 },
      { code: "civil-affairs", name: "民政", count: 12 },
      { code: "work-safety", name: "安全生产", count: 1 },
    ];
    expect(summarize(items, categories)).toEqual({
      itemsCreated: 21,
      itemsProactive: 16,
      itemsOnRequest: 4,
      itemsWithheld: 1,
      itemsPublished: 16,
      itemsPublishedCumulative: 378,
      byCategory: [
        { category: "org-functions", name: "机构职能", count: 3, percent: 18.75 },
        { category: "civil-affairs", name: "民政", count: 12, percent: 75 },
        { category: "work-safety", name: "安全生产", count: 1, percent: 6.25 },
      ],
    });
  });

  it("rounds thirds to 33.33 and 66.67", () => {
    const summary = summarize(
      [item({ genre: "other", disclosure: "proactive", created: 3, published: 3, publishedCumulative: 3 })],
      [
        { code: "a", name: "A", count: 1 },
        { code: "b", name: "B", count: 2 },
      ],
    );
    expect(summary.byCategory.map((c) => c.percent)).toEqual([33.33, 66.67]);
  });

  it("is all zeros without items", () => {
    expect(summarize([], [])).toEqual({
      itemsCreated: 0,
      itemsProactive: 0,
      itemsOnRequest: 0,
      itemsWithheld: 0,
      itemsPublished: 0,
      itemsPublishedCumulative: 0,
      byCategory: [],
    });
  });
});

function inputs(format: "2019" | "2021", items: ItemGroup[], statistics: Record<string, string>): ReportInputs {
  return { format, items, categories: [], requests: [], appeals: [], statistics: new Map(Object.entries(statistics)) };
}

describe("proactiveCells", () => {
  const items = [
    item({ genre: "regulation", disclosure: "proactive", created: 1, published: 1, publishedCumulative: 4, abolished: 0, inForce: 5 }),
    item({ genre: "normative", disclosure: "proactive", created: 3, published: 2, publishedCumulative: 10, abolished: 1, inForce: 9 }),
    // Not proactive: counts as created/issued but never as publicly available (对外公开总数量).
    item({ genre: "normative", disclosure: "withheld", created: 1, published: 0, publishedCumulative: 2, abolished: 1, inForce: 2 }),
    // Genre "other" never appears in table 二.
    item({ genre: "other", disclosure: "proactive", created: 50, published: 50, publishedCumulative: 300, inForce: 300 }),
  ];

  it("2019 format: regulation/normative from items, every other row from statistics", () => {
    const cells = proactiveCells(
      inputs("2019", items, {
        "licensing.prev_items": "0",
        "licensing.delta": "11",
        "licensing.decisions": "7",
        "other_service.delta": "64",
        "penalty.delta": "-2",
        "coercion.decisions": "5",
        "fees.prev_items": "3",
        "procurement.projects": "2",
        "procurement.amount": "25.1",
      }),
    );
    expect(cells).toEqual({
      regulation: { created: 1, published: 1, total_public: 4 },
      normative: { created: 4, published: 2, total_public: 10 },
      licensing: { prev_items: 0, delta: 11, decisions: 7 },
      other_service: { prev_items: 0, delta: 64, decisions: 0 },
      penalty: { prev_items: 0, delta: -2, decisions: 0 },
      coercion: { prev_items: 0, delta: 0, decisions: 5 },
      fees: { prev_items: 3, delta: 0 },
      procurement: { projects: 2, amount: 25.1 },
    });
  });

  it("2021 format: issued/abolished/in_force from items, decisions and money from statistics", () => {
    const cells = proactiveCells(
      inputs("2021", items, {
        "licensing.decisions": "12",
        "penalty.decisions": "3",
        "fees.amount_wan": "1234.567891",
        // A 2019-format code in a 2021 year is ignored.
        "licensing.delta": "99",
      }),
    );
    expect(cells).toEqual({
      regulation: { issued: 1, abolished: 0, in_force: 5 },
      normative: { issued: 4, abolished: 2, in_force: 11 },
      licensing: { decisions: 12 },
      penalty: { decisions: 3 },
      coercion: { decisions: 0 },
      fees: { amount_wan: 1234.567891 },
    });
  });

  it("fills every cell with 0 when there is nothing", () => {
    expect(proactiveCells(inputs("2021", [], {}))).toEqual({
      regulation: { issued: 0, abolished: 0, in_force: 0 },
      normative: { issued: 0, abolished: 0, in_force: 0 },
      licensing: { decisions: 0 },
      penalty: { decisions: 0 },
      coercion: { decisions: 0 },
      fees: { amount_wan: 0 },
    });
  });
});
