import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { outcomeCodes } from "@/lib/requests/codes";
import { buildReport } from "./build";
import { drilldown } from "./drilldown";
import { cellKeys, cellValue, isStatisticCell } from "./layout";
import { importTestRecords } from "@/test/report-records";
import { APPLICANT_ORDER, requestRow as row } from "@/test/report-fixtures";

let orgT: string;
let orgU: string;

beforeAll(async () => {
  await importTestRecords();
  const orgs = await db.organization.findMany({ select: { id: true, code: true } });
  orgT = orgs.find((o) => o.code === "t")!.id;
  orgU = orgs.find((o) => o.code === "u")!.id;
});

describe("2021 format, counted by hand (test/report-records.ts)", () => {
  it("2022: every outcome row holds exactly its one request; the partial request carried in counts once, as 部分公开", async () => {
    const { requests } = (await buildReport("t", 2022))!;
    outcomeCodes.forEach((code, i) => {
      const own = { [APPLICANT_ORDER[i % 6]]: 1 };
      // 2021-0001 (natural person, received 2021, closed 2022 as partial) adds one to 部分公开 only.
      expect(requests[code], code).toEqual(code === "partial" ? row({ ...own, natural_person: 1 }) : row(own));
    });
    expect(requests.new).toEqual(row({ natural_person: 4, commercial: 4, research: 5, public_interest: 3, legal_service: 3, other_org: 4 }));
    expect(requests.carried_in).toEqual(row({ natural_person: 1 }));
    expect(requests.total).toEqual(row({ natural_person: 5, commercial: 4, research: 4, public_interest: 3, legal_service: 3, other_org: 3 }));
    expect(requests.carried_out).toEqual(row({ research: 1, other_org: 1 }));
  });

  it("2023: carries in 2022's carried-out requests and closes one of them", async () => {
    const { requests, checks } = (await buildReport("t", 2023))!;
    expect(requests.carried_in).toEqual(row({ research: 1, other_org: 1 }));
    expect(requests.new).toEqual(row());
    expect(requests["not_processed.duplicate"]).toEqual(row({ research: 1 }));
    expect(requests.total).toEqual(row({ research: 1 }));
    expect(requests.carried_out).toEqual(row({ other_org: 1 }));
    expect(checks.find((c) => c.code === "requests.carry_over")!.ok).toBe(true);
  });

  it("appeals count in the year filed, with the result known on 31 December", async () => {
    expect((await buildReport("t", 2021))!.appeals.review).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect((await buildReport("t", 2022))!.appeals).toEqual({
      review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigation_direct: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      litigation_after_review: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    });
    expect((await buildReport("t", 2023))!.appeals.review.total).toBe(0);
  });

  it("2022 table 二 and summary", async () => {
    const report = (await buildReport("t", 2022))!;
    expect(report.proactive.regulation).toEqual({ issued: 0, abolished: 1, in_force: 0 });
    expect(report.proactive.normative).toEqual({ issued: 3, abolished: 1, in_force: 3 });
    expect(report.summary).toMatchObject({ itemsCreated: 5, itemsProactive: 3, itemsOnRequest: 1, itemsWithheld: 1, itemsPublished: 3, itemsPublishedCumulative: 5 });
    expect(report.checks.every((c) => c.ok)).toBe(true);
  });
});

describe("drilldown", () => {
  it.each([2020, 2021, 2022, 2023])("%i: every cell's record list has exactly as many records as the cell counts", async (year) => {
    for (const [code, orgId] of [["t", orgT], ["u", orgU]] as const) {
      const report = (await buildReport(code, year))!;
      for (const cell of cellKeys(report.format)) {
        const drill = (await drilldown(orgId, year, cell))!;
        if (isStatisticCell(cell)) {
          expect(drill.kind, cell).toBe("statistic");
          continue;
        }
        expect(drill.total, `${code} ${year} ${cell}`).toBe(cellValue(report, cell));
        expect("records" in drill && drill.records.length, cell).toBe(drill.total);
      }
      for (const key of ["itemsCreated", "itemsProactive", "itemsOnRequest", "itemsWithheld", "itemsPublished", "itemsPublishedCumulative"] as const) {
        expect((await drilldown(orgId, year, `summary.${key}`))!.total, `${code} ${year} ${key}`).toBe(report.summary[key]);
      }
    }
  });

  it("lists the records with their dates, only the organisation's own", async () => {
    const drill = await drilldown(orgT, 2022, "requests.partial.total");
    expect(drill).toMatchObject({ kind: "requests", label: "三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形） / 申请人情况 / 总计", total: 2 });
    if (drill?.kind !== "requests") throw new Error("expected requests");
    expect(drill.records.map((r) => [r.number, r.applicantType, r.receivedOn, r.closedOn])).toEqual([
      ["2021-0001", "natural_person", "2021-12-20", "2022-01-10"],
      ["2022-0002", "commercial", "2022-01-06", "2022-01-16"],
    ]);
    const items = await drilldown(orgT, 2022, "proactive.normative.issued");
    if (items?.kind !== "items") throw new Error("expected items");
    expect(items.records.map((i) => i.indexNo)).toEqual(["T01/2022-00001", "T01/2022-00003", "T01/2022-00002"]);
    const appeals = await drilldown(orgT, 2022, "appeals.review.pending");
    if (appeals?.kind !== "appeals") throw new Error("expected appeals");
    expect(appeals.records.map((a) => a.number)).toEqual(["FY-2022-02"]);
  });

  it("refuses cells that do not exist", async () => {
    for (const cell of ["requests.nope.total", "requests.new.nope", "appeals.review.nope", "proactive.regulation.nope", "summary.nope", "nope", "items.x.y"]) {
      expect(await drilldown(orgT, 2022, cell), cell).toBeNull();
    }
    // A 2019-format row in a 2021-format year.
    expect(await drilldown(orgT, 2022, "requests.other.total")).toBeNull();
  });
});
