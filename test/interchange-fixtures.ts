import type { InterchangeFile } from "@/lib/interchange/schema";
import { validateInterchange, type KnownCodes } from "@/lib/interchange/validate";

// Interchange files shared by the importer's unit tests.

export const NO_CODES: KnownCodes = { organizations: new Set<string>(), categories: new Set<string>() };

/** A small valid file: 1 organisation, 2 categories, 3 items, 2 requests, 1 appeal, 2 statistics. */
export function goodFile() {
  return {
    version: 1,
    organizations: [{ code: "xiaotao", name: "永安市小陶镇人民政府", indexPrefix: "003680183" }],
    categories: [
      { code: "org-functions", name: "机构职能" },
      { code: "plans", name: "规划计划" },
    ],
    items: [
      {
        org: "xiaotao",
        indexNo: "003680183/2021-00001",
        title: "小陶镇人民政府机构职能",
        docNo: null,
        category: "org-functions",
        genre: "other",
        disclosure: "proactive",
        createdOn: "2021-03-02",
        publishedOn: "2021-03-05",
        abolishedOn: null,
        channels: ["website", "archive", "library"],
      },
      {
        org: "xiaotao",
        indexNo: "003680183/2021-00002",
        title: "小陶镇2021年工作计划",
        docNo: "永政〔2021〕1号",
        category: "plans",
        genre: "normative",
        disclosure: "proactive",
        createdOn: "2021-01-10",
        publishedOn: "2021-01-12",
        abolishedOn: "2022-06-30",
        channels: ["website"],
      },
      {
        org: "xiaotao",
        indexNo: "003680183/2021-00003",
        title: "内部请示",
        category: "plans",
        genre: "other",
        disclosure: "withheld",
        createdOn: "2021-04-01",
      },
    ],
    requests: [
      {
        org: "xiaotao",
        number: "2021-0001",
        applicantType: "natural_person",
        channel: "online",
        receivedOn: "2021-03-01",
        closedOn: "2021-03-20",
        outcome: "disclosed",
      },
      {
        org: "xiaotao",
        number: "2021-0002",
        applicantType: "commercial",
        channel: "mail_signed",
        receivedOn: "2021-12-28",
        closedOn: null,
        outcome: null,
      },
    ],
    appeals: [
      { org: "xiaotao", number: "FY-2021-01", kind: "review", filedOn: "2021-05-10", closedOn: "2021-07-01", result: "upheld" },
    ],
    statistics: [
      { org: "xiaotao", year: 2021, code: "licensing.decisions", value: 11 },
      { org: "xiaotao", year: 2021, code: "fees.amount_wan", value: "1234.567891" },
    ],
  };
}

/** The file, validated against the known codes; throws with the errors when it is not valid. */
export function valid(raw: unknown, known: KnownCodes = NO_CODES): InterchangeFile {
  const result = validateInterchange(raw, known);
  if (!result.ok) throw new Error(`expected a valid file, got:\n${result.errors.join("\n")}`);
  return result.file;
}

/** What happened to a section's rows: created, updated, left unchanged. */
export const tally = (created: number, updated: number, unchanged: number) => ({ created, updated, unchanged });

