import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { importTestRecords } from "@/test/report-records";
import { requestRow as row } from "@/test/report-fixtures";
import { parseBaseline, saveBaseline } from "./baseline";
import { buildReport } from "./build";

let supervisor: SessionUser;

beforeAll(async () => {
  await importTestRecords();
  const orgId = (await db.organization.findUniqueOrThrow({ where: { code: "t" } })).id;
  const user = await db.user.create({ data: { username: "sup-base", name: "基线 录入", passwordHash: "x", role: "SUPERVISOR", orgId } });
  supervisor = { id: user.id, username: user.username, name: user.name, role: "SUPERVISOR", orgId };
});

describe("上年基线 of a body that adopted Gongkai mid-way", () => {
  it("refuses report JSON of another year or with a cell missing, naming it", async () => {
    const report = (await buildReport("t", 2021))!;
    expect(parseBaseline(2020, JSON.stringify(report))).toEqual({ ok: false, errors: ["year: 应为 2020，文件为 2021"] });
    const broken = structuredClone(report) as unknown as { requests: Record<string, Record<string, number>> };
    delete broken.requests.carried_out.research;
    broken.requests.new.commercial = 1.5;
    expect(parseBaseline(2021, JSON.stringify(broken))).toEqual({ ok: false, errors: ["requests.new.commercial: 应为整数", "requests.carried_out.research: 缺少"] });
    expect(parseBaseline(2021, "{")).toEqual({ ok: false, errors: ["不是有效的 JSON"] });
  });

  it("carry-over and the cross-year checks of the next year read the baseline instead of the records", async () => {
    const before = (await buildReport("t", 2022))!;
    expect(before.requests.carried_in).toEqual(row({ natural_person: 1 })); // from the records of 2021
    // The published 2021 report said three requests were carried over: two not in the records.
    const published = structuredClone((await buildReport("t", 2021))!);
    published.requests.carried_out = row({ natural_person: 2, commercial: 1 });
    expect(await saveBaseline(supervisor, { year: 2021, version: 0, content: JSON.stringify(published), source: "2021 年报（原网站）" })).toEqual({ version: 1 });

    const after = (await buildReport("t", 2022))!;
    expect(after.requests.carried_in).toEqual(row({ natural_person: 2, commercial: 1 }));
    const carry = after.checks.find((c) => c.code === "requests.carry_over")!;
    expect(carry).toMatchObject({ ok: true, detail: "上年结转等于2021 年报告（录入的基线）的结转下年度继续办理" });
    // The two requests are not in the records: 本年新收 + 上年结转 no longer equals 办结 + 结转, which is right.
    const identity = after.checks.find((c) => c.code === "requests.identity")!;
    expect(identity.ok).toBe(false);
    expect(identity.cells).toContain("requests.carried_in.natural_person");

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "report.baseline" } });
    expect(entry).toMatchObject({ entityId: "2021", before: "null" });
  });

  it("refuses a stale version", async () => {
    const report = (await buildReport("t", 2021))!;
    await expect(saveBaseline(supervisor, { year: 2021, version: 0, content: JSON.stringify(report), source: "重复录入" })).rejects.toBeInstanceOf(ConflictError);
  });
});
