import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { extendDeadline } from "@/lib/requests/mutations";
import { REGION_ORGANIZATIONS, importRecords, request } from "@/test/report-records";
import { OVERSIGHT_PAGE_SIZE, OVERSIGHT_SORTS, oversightConsole, oversightExport, oversightRows, reportState, sortRows, type OversightSort } from "./console";

// County r over township t and department u; x is outside. The year overseen is 2022, "today" 2023-02-01. The
// scratch database's calendar is Monday–Friday (no holiday rows), so every deadline below is counted by hand.
const item = (org: string, indexNo: string, disclosure: string, createdOn: string, publishedOn: string | null) => ({
  org,
  indexNo,
  title: `${indexNo} 测试信息`,
  category: "policy",
  genre: "normative",
  disclosure,
  createdOn,
  publishedOn,
  abolishedOn: null,
  channels: ["website"],
});

const file = {
  version: 1,
  organizations: REGION_ORGANIZATIONS,
  categories: [{ code: "policy", name: "政策文件" }],
  items: [
    item("t", "T-1", "proactive", "2022-03-01", "2022-03-02"), // in time
    item("t", "T-2", "proactive", "2022-03-01", "2022-06-01"), // deadline 2022-03-29: late
    item("t", "T-3", "proactive", "2022-12-01", "2023-01-10"), // late, but published in 2023
    item("t", "T-4", "on_request", "2022-03-01", null), // no deadline
    item("u", "U-1", "on_request", "2022-05-01", null),
    item("x", "X-1", "proactive", "2022-03-01", "2022-12-01"), // late, outside the scope
  ],
  requests: [
    request("2023-0001", "natural_person", "2023-01-03", null, null), // due 2023-01-31: overdue
    request("2023-0002", "natural_person", "2023-01-05", null, null), // due 2023-02-02: 1 working day left
    request("2023-0003", "natural_person", "2023-01-20", null, null), // due 2023-02-17: 12 working days left
    request("2022-0001", "natural_person", "2022-01-05", "2022-01-20", "disclosed"),
    request("2023-0001", "natural_person", "2023-01-03", null, null, "x"),
  ],
};

async function publish(code: string, versions: { at: string; content: object }[]) {
  const org = await db.organization.findUniqueOrThrow({ where: { code } });
  const report = await db.annualReport.create({ data: { orgId: org.id, year: 2022, format: "2021", status: "published" } });
  for (const [i, v] of versions.entries()) {
    await db.reportVersion.create({ data: { reportId: report.id, versionNo: i + 1, publishedAt: new Date(v.at), content: JSON.stringify(v.content) } });
  }
}
const check = (code: string, ok: boolean) => ({ code, ok, severity: "error", detail: "", cells: [] });

let ids: string[];
beforeAll(async () => {
  await importRecords(file);
  ids = (await db.organization.findMany({ where: { code: { in: ["r", "t", "u"] } }, select: { id: true } })).map((o) => o.id);
  // t: first published 2023-01-20 (in time); its latest version fails two checks, one of them overridden.
  await publish("t", [
    { at: "2023-01-20T02:00:00Z", content: { checks: [check("a", true)], extraChecks: [], overrides: [] } },
    { at: "2023-02-10T02:00:00Z", content: { checks: [check("a", false)], extraChecks: [check("text.unfilled", false)], overrides: [{ code: "a", reason: "数据来源已核实" }] } },
  ]);
  // u: 2023-01-31 17:00 UTC is 1 February in China: late.
  await publish("u", [{ at: "2023-01-31T17:00:00Z", content: { checks: [], extraChecks: [], overrides: [] } }]);
});

describe("oversight console", () => {
  it("gives each body of the scope its figures, and none of another body's", async () => {
    const rows = await oversightRows({ ids }, 2022, "2023-02-01");
    expect(rows).toEqual([
      {
        id: expect.any(String), code: "r", name: "测试市人民政府", kind: "county_government", report: "missing", reportPublishedOn: null, failingChecks: [], overriddenChecks: [],
        open: 0, overdue: 0, dueSoon: 0, lateItems: 0, policiesWithoutInterpretation: 0, lastPublishedOn: null, daysSincePublication: null,
      },
      {
        id: expect.any(String), code: "t", name: "测试镇人民政府", kind: "township", report: "on_time", reportPublishedOn: "2023-01-20", failingChecks: ["a", "text.unfilled"], overriddenChecks: ["a"],
        open: 3, overdue: 1, dueSoon: 1, lateItems: 1, policiesWithoutInterpretation: 3, lastPublishedOn: "2023-01-10", daysSincePublication: 22,
      },
      {
        id: expect.any(String), code: "u", name: "测试市司法局", kind: "department", report: "late", reportPublishedOn: "2023-02-01", failingChecks: [], overriddenChecks: [],
        open: 0, overdue: 0, dueSoon: 0, lateItems: 0, policiesWithoutInterpretation: 0, lastPublishedOn: null, daysSincePublication: null,
      },
    ]);
  });

  it("counts a subtree given as the tree's own query exactly as the list of its bodies", async () => {
    const r = await db.organization.findUniqueOrThrow({ where: { code: "r" } });
    expect(await oversightRows({ subtree: r.id }, 2022, "2023-02-01")).toEqual(await oversightRows({ ids }, 2022, "2023-02-01"));
    // Every body: x too, with its own late item and overdue request.
    expect((await oversightRows({ subtree: null }, 2022, "2023-02-01")).map((row) => [row.code, row.lateItems, row.overdue])).toEqual([
      ["r", 0, 0],
      ["t", 1, 1],
      ["u", 0, 0],
      ["x", 1, 1],
    ]);
  });

  it("counts published policies without a published 解读 (三同步)", async () => {
    const t = await db.organization.findUniqueOrThrow({ where: { code: "t" } });
    const policy = (indexNo: string) => db.item.findFirstOrThrow({ where: { orgId: t.id, indexNo } });
    const [t1, t2] = [await policy("T-1"), await policy("T-2")];
    const interpretation = (indexNo: string, status: string) =>
      db.item.create({ data: { orgId: t.id, indexNo, title: `${indexNo} 解读`, categoryId: t1.categoryId, genre: "other", disclosure: "proactive", createdOn: "2022-03-01", publishedOn: status === "published" ? "2022-03-02" : null, status } });
    await db.policyInterpretation.create({ data: { policyId: t1.id, interpretationId: (await interpretation("T-J1", "published")).id } });
    await db.policyInterpretation.create({ data: { policyId: t2.id, interpretationId: (await interpretation("T-J2", "draft")).id } }); // not out yet
    const rows = await oversightRows({ ids }, 2022, "2023-02-01");
    expect(rows.find((r) => r.code === "t")?.policiesWithoutInterpretation).toBe(2);
    await db.policyInterpretation.deleteMany({});
    await db.item.deleteMany({ where: { indexNo: { in: ["T-J1", "T-J2"] } } });
  });

  it("counts late items by publication day: the deadline day is in time, the day after late, last year's items too", async () => {
    const u = await db.organization.findUniqueOrThrow({ where: { code: "u" } });
    const { categoryId } = await db.item.findFirstOrThrow({ where: { indexNo: "T-1" } });
    const make = (indexNo: string, disclosure: string, createdOn: string, publishedOn: string) =>
      db.item.create({ data: { orgId: u.id, indexNo, title: indexNo, categoryId, genre: "other", disclosure, createdOn, publishedOn, status: "published" } });
    await make("U-2", "proactive", "2021-12-01", "2022-01-04"); // deadline 2021-12-29: late, published in 2022
    await make("U-3", "proactive", "2022-03-01", "2022-03-29"); // on the deadline: in time
    await make("U-4", "proactive", "2022-03-01", "2022-03-30"); // the day after: late
    await make("U-5", "on_request", "2020-01-01", "2022-05-01"); // no deadline
    await make("U-6", "proactive", "2022-12-20", "2023-02-28"); // late, but published in 2023
    const late = async (year: number) => (await oversightRows({ ids }, year, "2023-03-01", ["late"])).map((r) => [r.code, r.lateItems]);
    expect(await late(2022)).toEqual([["r", 0], ["t", 1], ["u", 2]]);
    expect(await late(2023)).toEqual([["r", 0], ["t", 1], ["u", 1]]);
    expect(await late(2021)).toEqual([["r", 0], ["t", 0], ["u", 0]]);
    await db.item.deleteMany({ where: { indexNo: { in: ["U-2", "U-3", "U-4", "U-5", "U-6"] } } });
  });

  it("sorts by a column, worst first, ties by code", async () => {
    const rows = await oversightRows({ ids }, 2022, "2023-02-01");
    expect(sortRows(rows, "report").map((r) => r.code)).toEqual(["r", "u", "t"]);
    expect(sortRows(rows, "overdue").map((r) => r.code)).toEqual(["t", "r", "u"]);
    expect(sortRows(rows, "idle").map((r) => r.code)).toEqual(["r", "u", "t"]);
  });

  it("reads 31 January as the last day in time (条例第五十条)", () => {
    expect(reportState("2023-01-31", 2022)).toBe("on_time");
    expect(reportState("2023-02-01", 2022)).toBe("late");
    expect(reportState(null, 2022)).toBe("missing");
  });

  it("orders a subtree by the one figure it sorts on exactly as by the whole rows", async () => {
    const full = await oversightRows({ ids }, 2022, "2023-02-01");
    for (const [sort, { part }] of Object.entries(OVERSIGHT_SORTS)) {
      const partial = await oversightRows({ ids }, 2022, "2023-02-01", part ? [part] : []);
      expect(sortRows(partial, sort as OversightSort).map((r) => r.code), sort).toEqual(sortRows(full, sort as OversightSort).map((r) => r.code));
    }
    // Only the part asked for is read.
    expect((await oversightRows({ ids }, 2022, "2023-02-01", ["late"])).map((r) => [r.code, r.lateItems, r.open, r.report])).toEqual([
      ["r", 0, 0, "missing"],
      ["t", 1, 0, "missing"],
      ["u", 0, 0, "missing"],
    ]);
  });

  it("shows a page of bodies of the subtree in the sort's order; the export has them all", async () => {
    const r = await db.organization.findUniqueOrThrow({ where: { code: "r" } });
    await db.organization.createMany({
      data: Array.from({ length: OVERSIGHT_PAGE_SIZE + 5 }, (_, i) => ({ code: `r-${String(i).padStart(2, "0")}`, name: `测试部门${i}`, indexPrefix: `R${i}`, parentId: r.id })),
    });
    const first = await oversightConsole({ orgId: r.id }, { year: "2022", sort: "lateItems" });
    expect(first).toMatchObject({ page: 1, pages: 2, total: OVERSIGHT_PAGE_SIZE + 8 });
    expect(first!.rows).toHaveLength(OVERSIGHT_PAGE_SIZE);
    expect(first!.rows.slice(0, 3).map((row) => [row.code, row.lateItems, row.report])).toEqual([["t", 1, "on_time"], ["r", 0, "missing"], ["r-00", 0, "missing"]]);
    const second = await oversightConsole({ orgId: r.id }, { year: "2022", sort: "lateItems", page: "2" });
    expect(second!.rows.map((row) => row.code)).toEqual(["r-48", "r-49", "r-50", "r-51", "r-52", "r-53", "r-54", "u"]);
    // A page past the end shows the last one.
    expect((await oversightConsole({ orgId: r.id }, { year: "2022", sort: "lateItems", page: "9" }))!.page).toBe(2);
    expect((await oversightExport({ orgId: r.id }, { year: "2022", sort: "lateItems" }))!.rows).toHaveLength(OVERSIGHT_PAGE_SIZE + 8);
  });
});

describe("the remembered clocks", () => {
  it("re-derive a request's clock once a step changes it", async () => {
    const dueSoonOfT = async () => (await oversightRows({ ids }, 2022, "2023-02-01", ["clocks"])).find((r) => r.code === "t")!;
    expect(await dueSoonOfT()).toMatchObject({ overdue: 1, dueSoon: 1 });
    const t = await db.organization.findUniqueOrThrow({ where: { code: "t" } });
    const clerk = await db.user.create({ data: { username: "t-clerk", name: "测试镇办事员", role: "CLERK", orgId: t.id, passwordHash: "x" } });
    const request = await db.disclosureRequest.findFirstOrThrow({ where: { orgId: t.id, number: "2023-0002" } });
    // Due 2023-02-02; extended by 20 working days it is no longer due soon.
    await extendDeadline(
      { id: clerk.id, username: clerk.username, name: clerk.name, role: "CLERK", orgId: t.id },
      { requestId: request.id, version: request.version, on: "2023-02-01", days: 20, approver: "测试镇负责人", notifiedOn: "2023-02-01" },
    );
    expect(await dueSoonOfT()).toMatchObject({ overdue: 1, dueSoon: 0 });
  });
});
