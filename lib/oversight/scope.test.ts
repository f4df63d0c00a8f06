import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importRecords } from "@/test/report-records";
import { bodiesIn, subtreeIds, type Bodies } from "@/lib/organizations/bodies";
import { dashboardScope, oversightScope } from "./scope";
import { Prisma } from "@/lib/generated/prisma/client";

// A county r over a township t (itself over a village office t1) and a department u; x is another county.
const ORGS = [
  { code: "r", name: "测试市人民政府", indexPrefix: "R01", kind: "county_government" },
  { code: "t", name: "测试镇人民政府", indexPrefix: "T01", kind: "township", parent: "r" },
  { code: "t1", name: "测试镇便民服务中心", indexPrefix: "T11", kind: "department", parent: "t" },
  { code: "u", name: "测试市司法局", indexPrefix: "U01", kind: "department", parent: "r" },
  { code: "x", name: "另一个市人民政府", indexPrefix: "X01", kind: "county_government" },
];
const id: Record<string, string> = {};
const codes = async (ids: string[] | undefined) =>
  (await db.organization.findMany({ where: { id: { in: ids ?? [] } }, select: { code: true } })).map((o) => o.code).sort();
/** The codes of the bodies a scope's SQL condition selects. */
const codesOf = async (bodies: Bodies | undefined) =>
  bodies && (await db.$queryRaw<{ code: string }[]>`SELECT "code" FROM "Organization" WHERE ${bodiesIn(Prisma.sql`"id"`, bodies)} ORDER BY "code"`).map((o) => o.code);

beforeAll(async () => {
  await importRecords({ version: 1, organizations: ORGS });
  for (const o of await db.organization.findMany({ select: { id: true, code: true } })) id[o.code] = o.id;
});

describe("oversight scope", () => {
  it("is a body and every body below it, however deep", async () => {
    expect(await codes(await subtreeIds(id.r))).toEqual(["r", "t", "t1", "u"]);
    expect(await codes(await subtreeIds(id.t))).toEqual(["t", "t1"]);
    expect(await codes(await subtreeIds(id.x))).toEqual(["x"]);
  });

  it("narrows to a node of the user's subtree, and refuses one outside it or unknown", async () => {
    const overseer = { orgId: id.r };
    expect((await oversightScope(overseer))?.root?.code).toBe("r");
    expect(await codesOf((await oversightScope(overseer))?.bodies)).toEqual(["r", "t", "t1", "u"]);
    expect(await codesOf((await oversightScope(overseer, "t"))?.bodies)).toEqual(["t", "t1"]);
    expect(await codesOf((await oversightScope({ orgId: id.t }, "t1"))?.bodies)).toEqual(["t1"]);
    expect(await oversightScope(overseer, "x")).toBeNull();
    expect(await oversightScope(overseer, "nobody")).toBeNull();
    expect(await oversightScope({ orgId: id.t }, "r")).toBeNull();
  });

  it("is the whole platform for a platform administrator", async () => {
    const scope = await oversightScope({ orgId: null });
    expect(scope?.root).toBeNull();
    expect(await codesOf(scope?.bodies)).toEqual(["r", "t", "t1", "u", "x"]);
    expect(await codesOf((await oversightScope({ orgId: null }, "x"))?.bodies)).toEqual(["x"]);
  });

  it("is the dashboard's: an overseer counts its subtree, a clerk or an organisation's admin its own body", async () => {
    expect(await codesOf(dashboardScope({ role: "OVERSEER", orgId: id.t }))).toEqual(["t", "t1"]);
    expect(await codesOf(dashboardScope({ role: "CLERK", orgId: id.t }))).toEqual(["t"]);
    expect(await codesOf(dashboardScope({ role: "ADMIN", orgId: id.r }))).toEqual(["r"]);
    expect(await codesOf(dashboardScope({ role: "ADMIN", orgId: null }))).toEqual(["r", "t", "t1", "u", "x"]);
  });
});
