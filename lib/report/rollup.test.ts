import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { REGION_ORGANIZATIONS, appeal, importRecords, request } from "@/test/report-records";
import { buildReport } from "./build";
import { cellKeys, cellValue } from "./layout";
import { buildRollup, rollupCell } from "./rollup";

// Region r over two bodies t and u that hold identical records, and x outside the region holding them too.
const BODIES = ["t", "u", "x"];
const item = (org: string, n: number, disclosure: string, createdOn: string, publishedOn: string | null) => ({
  org, indexNo: `${org.toUpperCase()}-${n}`, title: `${n} 测试信息`, category: "policy", genre: "normative", disclosure, createdOn, publishedOn, abolishedOn: null, channels: ["website"],
});
const records = (org: string) => ({
  items: [item(org, 1, "proactive", "2022-03-01", "2022-03-02"), item(org, 2, "proactive", "2021-05-01", "2021-05-03"), item(org, 3, "withheld", "2022-04-01", null)],
  requests: [
    request("2022-0001", "natural_person", "2022-01-05", "2022-01-20", "disclosed", org),
    request("2022-0002", "commercial", "2022-02-01", "2022-02-15", "partial", org),
    request("2022-0003", "research", "2022-12-30", null, null, org),
  ],
  appeals: [appeal("FY-2022-01", "review", "2022-03-01", "2022-05-01", "upheld", org)],
  statistics: [{ org, year: 2022, code: "licensing.decisions", value: 7 }, { org, year: 2022, code: "fees.amount_wan", value: "0.35" }],
});

beforeAll(async () => {
  const all = BODIES.map(records);
  await importRecords({
    version: 1,
    organizations: REGION_ORGANIZATIONS,
    categories: [{ code: "policy", name: "政策文件" }],
    items: all.flatMap((r) => r.items),
    requests: all.flatMap((r) => r.requests),
    appeals: all.flatMap((r) => r.appeals),
    statistics: all.flatMap((r) => r.statistics),
  });
});

describe("roll-up of a region", () => {
  it("reports exactly twice each cell of one of its two identical bodies", async () => {
    const [one, rollup] = await Promise.all([buildReport("t", 2022), buildRollup("r", 2022)]);
    const keys = cellKeys(one!.format);
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) expect([key, cellValue(rollup!.report, key)]).toEqual([key, 2 * (cellValue(one!, key) ?? 0)]);
    expect(cellValue(rollup!.report, "requests.new.total")).toBe(6);
    expect(rollup!.report.summary.itemsPublished).toBe(2);
    expect(rollup!.report.summary.byCategory).toEqual([{ category: "policy", name: "政策文件", count: 2, percent: 100 }]);
    expect(rollup!.sources.map((s) => [s.code, s.source])).toEqual([["r", "live"], ["t", "live"], ["u", "live"]]);
  });

  it("takes a body's published figures when it has published, and drills a cell down to its bodies", async () => {
    const u = (await buildReport("u", 2022))!;
    const org = await db.organization.findUniqueOrThrow({ where: { code: "u" } });
    const report = await db.annualReport.create({ data: { orgId: org.id, year: 2022, format: u.format, status: "published" } });
    const frozen = { ...u, requests: { ...u.requests, new: { ...u.requests.new, total: 100 } }, versionNo: 1 };
    await db.reportVersion.create({ data: { reportId: report.id, versionNo: 1, content: JSON.stringify(frozen) } });

    const rollup = (await buildRollup("r", 2022))!;
    expect(cellValue(rollup.report, "requests.new.total")).toBe(103);
    expect(cellValue(rollup.report, "requests.new.natural_person")).toBe(2);
    expect(rollup.sources.find((s) => s.code === "u")).toEqual({ code: "u", name: "测试市司法局", source: "published", versionNo: 1 });
    expect(await rollupCell("r", 2022, "requests.new.total")).toEqual([
      { code: "r", name: "测试市人民政府", source: "live", versionNo: null, value: 0 },
      { code: "t", name: "测试镇人民政府", source: "live", versionNo: null, value: 3 },
      { code: "u", name: "测试市司法局", source: "published", versionNo: 1, value: 100 },
    ]);
    expect(await buildRollup("nobody", 2022)).toBeNull();
  });
});
