import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { ConflictError, DomainError } from "@/lib/errors";
import { importTestRecords } from "@/test/report-records";
import { buildReport } from "./build";
import { parseEntries, saveStatistics, statisticFields } from "./statistics";

let supervisor: SessionUser;
let orgId: string;

beforeAll(async () => {
  await importTestRecords();
  orgId = (await db.organization.findUniqueOrThrow({ where: { code: "t" } })).id;
  const user = await db.user.create({ data: { username: "sup-stats", name: "统计 录入", passwordHash: "x", role: "SUPERVISOR", orgId } });
  supervisor = { id: user.id, username: user.username, name: user.name, role: "SUPERVISOR", orgId };
});

const statisticsCheck = async (year: number) => (await buildReport("t", year))!.checks.find((c) => c.code === "proactive.statistics")!;

describe("年度统计录入", () => {
  it("lists every statistic of the year's format with what is entered (2021 format: four)", async () => {
    const fields = await statisticFields(orgId, 2022);
    expect(fields.map((f) => [f.code, f.value, f.version])).toEqual([
      ["licensing.decisions", "12", 1],
      ["penalty.decisions", "0", 1],
      ["coercion.decisions", "0", 1],
      ["fees.amount_wan", "0.35", 1],
    ]);
    expect((await statisticFields(orgId, 2023)).every((f) => f.value === null && f.version === 0)).toBe(true);
    expect((await statisticFields(orgId, 2020)).length).toBe(16); // the 2019 format
  });

  it("fails the report's check for each statistic not entered, and a real 0 passes it", async () => {
    expect((await statisticsCheck(2022)).ok).toBe(true); // every figure entered, two of them a real 0
    const before = await statisticsCheck(2023);
    expect(before.ok).toBe(false);
    expect(before.severity).toBe("error");
    expect(before.cells).toEqual(["proactive.licensing.decisions", "proactive.penalty.decisions", "proactive.coercion.decisions", "proactive.fees.amount_wan"]);

    await saveStatistics(supervisor, 2023, parseEntries(2023, { "version.licensing.decisions": "0", "value.licensing.decisions": "7", "version.fees.amount_wan": "0", "value.fees.amount_wan": "" }));
    const partly = await statisticsCheck(2023);
    expect(partly.cells).toEqual(["proactive.penalty.decisions", "proactive.coercion.decisions", "proactive.fees.amount_wan"]);
    expect(partly.detail).toBe("未填报：行政处罚·本年处理决定数量、行政强制·本年处理决定数量、行政事业性收费·本年收费金额（单位：万元）（没有的请填 0；在“年度统计录入”中填写）");

    const entries = parseEntries(2023, {
      "version.penalty.decisions": "0",
      "value.penalty.decisions": "0",
      "source.penalty.decisions": "执法科台账",
      "version.coercion.decisions": "0",
      "value.coercion.decisions": " 3 ",
      "version.fees.amount_wan": "0",
      "value.fees.amount_wan": "0012.3400",
      "source.fees.amount_wan": "统计科报表",
    });
    expect(await saveStatistics(supervisor, 2023, entries)).toEqual({ changed: 3 });
    expect((await statisticsCheck(2023)).ok).toBe(true);
    const report = (await buildReport("t", 2023))!;
    expect(report.proactive.penalty.decisions).toBe(0);
    expect(report.proactive.coercion.decisions).toBe(3);
    expect(report.proactive.fees.amount_wan).toBe(12.34);

    // Only the source of 2022's fees changes: the value stays as it was, the version moves on.
    await saveStatistics(supervisor, 2022, parseEntries(2022, { "version.fees.amount_wan": "1", "value.fees.amount_wan": "0.3500", "source.fees.amount_wan": "统计科报表" }));
    const stored = await db.yearlyStatistic.findMany({ where: { orgId, year: { in: [2022, 2023] } }, orderBy: [{ year: "asc" }, { code: "asc" }] });
    expect(stored.map((s) => [s.year, s.code, s.value, s.source, s.version])).toEqual([
      [2022, "coercion.decisions", "0", null, 1],
      [2022, "fees.amount_wan", "0.35", "统计科报表", 2],
      [2022, "licensing.decisions", "12", null, 1],
      [2022, "penalty.decisions", "0", null, 1],
      [2023, "coercion.decisions", "3", null, 1],
      [2023, "fees.amount_wan", "12.34", "统计科报表", 1],
      [2023, "licensing.decisions", "7", null, 1],
      [2023, "penalty.decisions", "0", "执法科台账", 1],
    ]);
    const audits = await db.auditLog.findMany({ where: { action: "statistic.save" }, orderBy: { entityId: "asc" } });
    expect(audits.map((a) => [a.entityId, a.before, a.after])).toEqual([
      ["2022.fees.amount_wan", JSON.stringify({ value: "0.35", source: null }), JSON.stringify({ value: "0.35", source: "统计科报表" })],
      ["2023.coercion.decisions", "null", JSON.stringify({ value: "3", source: null })],
      ["2023.fees.amount_wan", "null", JSON.stringify({ value: "12.34", source: "统计科报表" })],
      ["2023.licensing.decisions", "null", JSON.stringify({ value: "7", source: null })],
      ["2023.penalty.decisions", "null", JSON.stringify({ value: "0", source: "执法科台账" })],
    ]);
  });

  it("refuses a stale version and writes nothing", async () => {
    const entries = parseEntries(2022, {
      "version.licensing.decisions": "1",
      "value.licensing.decisions": "13",
      "version.penalty.decisions": "0", // entered by the import: version 1
      "value.penalty.decisions": "5",
    });
    await expect(saveStatistics(supervisor, 2022, entries)).rejects.toBeInstanceOf(ConflictError);
    const licensing = await db.yearlyStatistic.findUniqueOrThrow({ where: { orgId_year_code: { orgId, year: 2022, code: "licensing.decisions" } } });
    expect(licensing.value).toBe("12");
  });

  it("checks values like the import does and names the field", () => {
    const error = (() => {
      try {
        parseEntries(2022, { "version.fees.amount_wan": "2", "value.fees.amount_wan": "1.2345678", "version.penalty.decisions": "1", "value.penalty.decisions": "-1" });
      } catch (e) {
        return e;
      }
    })() as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.fieldErrors).toEqual({ "value.penalty.decisions": ["不能为负数"], "value.fees.amount_wan": ["最多 6 位小数"] });
  });

  it("an emptied field removes the figure: 未填报 again", async () => {
    await saveStatistics(supervisor, 2023, parseEntries(2023, { "version.coercion.decisions": "1", "value.coercion.decisions": "" }));
    expect((await statisticsCheck(2023)).cells).toEqual(["proactive.coercion.decisions"]);
    expect(await db.yearlyStatistic.count({ where: { orgId, year: 2023, code: "coercion.decisions" } })).toBe(0);
  });
});
