import { importInterchange, loadKnownCodes, validateInterchange } from "@/lib/interchange/import";
import { outcomeCodes } from "@/lib/requests/codes";
import { APPLICANT_ORDER } from "./report-fixtures";

// Records of a small town "t" (2020–2023) and a second body "u" whose records must never be counted for "t",
// shared by the report's database tests, and the builders of such records. The expected figures are counted by
// hand in the tests.

export const TEST_ORGANIZATIONS = [
  { code: "t", name: "测试镇人民政府", indexPrefix: "T01" },
  { code: "u", name: "另一个镇人民政府", indexPrefix: "U01" },
];

/** A county r over a township t and a department u, and a county x outside it: the oversight and roll-up tests' tree. */
export const REGION_ORGANIZATIONS = [
  { code: "r", name: "测试市人民政府", indexPrefix: "R01", kind: "county_government" },
  { code: "t", name: "测试镇人民政府", indexPrefix: "T01", kind: "township", parent: "r" },
  { code: "u", name: "测试市司法局", indexPrefix: "U01", kind: "department", parent: "r" },
  { code: "x", name: "另一个市人民政府", indexPrefix: "X01", kind: "county_government" },
];

export const TEST_CATEGORIES = [
  { code: "policy", name: "政策文件" },
  { code: "plans", name: "规划计划" },
];

const item = (indexNo: string, genre: string, disclosure: string, category: string, createdOn: string, publishedOn: string | null, abolishedOn: string | null = null, org = "t") => ({
  org,
  indexNo,
  title: `${indexNo} 测试信息`,
  category,
  genre,
  disclosure,
  createdOn,
  publishedOn,
  abolishedOn,
  channels: ["website"],
});

export const request = (number: string, applicantType: string, receivedOn: string, closedOn: string | null, outcome: string | null, org = "t") => ({
  org,
  number,
  applicantType,
  channel: "online",
  receivedOn,
  closedOn,
  outcome,
});

export const appeal = (number: string, kind: string, filedOn: string, closedOn: string | null, result: string | null, org = "t") => ({
  org,
  number,
  kind,
  filedOn,
  closedOn,
  result,
});

const day = (start: string, days: number) => new Date(Date.parse(`${start}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);

export const TEST_RECORDS = {
  version: 1,
  organizations: TEST_ORGANIZATIONS,
  categories: TEST_CATEGORIES,
  items: [
    item("T01/2020-00001", "regulation", "proactive", "policy", "2020-05-01", "2020-05-02", "2022-01-10"),
    item("T01/2021-00001", "normative", "proactive", "policy", "2021-03-01", "2021-03-02", "2022-06-30"),
    item("T01/2021-00002", "other", "proactive", "plans", "2021-11-01", "2022-01-03"),
    item("T01/2022-00001", "normative", "proactive", "policy", "2022-02-01", "2022-02-03"),
    item("T01/2022-00002", "normative", "proactive", "policy", "2022-12-30", "2023-01-05"),
    item("T01/2022-00003", "normative", "withheld", "policy", "2022-05-01", null),
    item("T01/2022-00004", "other", "on_request", "plans", "2022-04-01", null),
    item("T01/2022-00005", "other", "proactive", "plans", "2022-07-01", "2022-07-02"),
    item("U01/2022-00001", "normative", "proactive", "policy", "2022-03-01", "2022-03-02", null, "u"),
  ],
  requests: [
    request("2021-0001", "natural_person", "2021-12-20", "2022-01-10", "partial"), // carried into 2022
    request("2021-0002", "commercial", "2021-03-01", "2021-03-15", "disclosed"),
    // 2022: one request closed under every outcome code, applicant types in turn.
    ...outcomeCodes.map((outcome, i) =>
      request(`2022-${String(i + 1).padStart(4, "0")}`, APPLICANT_ORDER[i % 6], day("2022-01-05", i), day("2022-01-15", i), outcome),
    ),
    request("2022-0100", "other_org", "2022-12-30", null, null), // open: carried out of 2022 and 2023
    request("2022-0101", "research", "2022-12-28", "2023-01-04", "not_processed.duplicate"), // closed next year
    request("2022-0001", "natural_person", "2022-01-05", "2022-01-20", "partial", "u"),
  ],
  appeals: [
    appeal("FY-2021-01", "review", "2021-10-01", "2022-01-15", "other"),
    appeal("FY-2022-01", "review", "2022-03-01", "2022-05-01", "upheld"),
    appeal("FY-2022-02", "review", "2022-11-01", "2023-02-01", "corrected"),
    appeal("SS-2022-01", "litigation_direct", "2022-06-01", "2022-09-01", "corrected"),
    appeal("SS-2022-02", "litigation_after_review", "2022-07-01", null, null),
    appeal("FY-2022-01", "review", "2022-04-01", null, null, "u"),
  ],
  // Every statistic of 2021 and 2022 is entered (0 where nothing happened); 2023 has none (未填报).
  statistics: [
    { org: "t", year: 2022, code: "licensing.decisions", value: 12 },
    { org: "t", year: 2022, code: "penalty.decisions", value: 0 },
    { org: "t", year: 2022, code: "coercion.decisions", value: "0" },
    { org: "t", year: 2022, code: "fees.amount_wan", value: "0.35" },
    ...["licensing.decisions", "penalty.decisions", "coercion.decisions", "fees.amount_wan"].map((code) => ({ org: "t", year: 2021, code, value: 0 })),
  ],
};

/** Validates and imports an interchange file of records; throws on any error. */
export async function importRecords(file: unknown) {
  const result = validateInterchange(file, await loadKnownCodes());
  if (!result.ok) throw new Error(result.errors.join("\n"));
  await importInterchange(result.file, { dryRun: false });
}

export const importTestRecords = () => importRecords(TEST_RECORDS);
