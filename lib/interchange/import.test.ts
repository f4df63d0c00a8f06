import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { wordPairToken } from "@/lib/items/search-pairs";
import { importInterchange, loadKnownCodes, validateInterchange, type ImportSummary } from "./import";
import type { InterchangeFile } from "./schema";

// Every test starts from an empty (migrated) database; children before parents for the foreign keys.
const TABLES = [
  "AuditLog",
  "ReportVersion",
  "AnnualReport",
  "YearlyStatistic",
  "Appeal",
  "RequestEvent",
  "RequestFee",
  "DisclosureRequest",
  "Attachment",
  "Item",
  "IndexSequence",
  "Category",
  "User",
  "Organization",
];
beforeEach(async () => {
  for (const table of TABLES) await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
});

/**
 * Makes the database itself refuse matching writes to a table (a trigger that raises an error), to fail an import
 * part-way through. Returns the function that removes the trigger again. SQLite reports a trigger's RAISE(ABORT) as
 * a constraint failure; on PostgreSQL the trigger raises one explicitly, so Prisma throws the same error (P2003,
 * naming the failed call) on both.
 */
async function failWrites(timing: "BEFORE INSERT" | "BEFORE UPDATE", table: string, when: string) {
  if (dbProvider === "postgresql") {
    await db.$executeRawUnsafe(
      `CREATE FUNCTION "test_fail"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure' USING ERRCODE = 'foreign_key_violation'; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "test_fail" ${timing} ON "${table}" FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION "test_fail"()`,
    );
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER "test_fail" ON "${table}"`);
      await db.$executeRawUnsafe(`DROP FUNCTION "test_fail"()`);
    };
  }
  await db.$executeRawUnsafe(
    `CREATE TRIGGER "test_fail" ${timing} ON "${table}" WHEN ${when} BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`,
  );
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER "test_fail"`);
  };
}

const NO_CODES = { organizations: new Set<string>(), categories: new Set<string>() };

/** A small valid file: 1 organisation, 2 categories, 3 items, 2 requests, 1 appeal, 2 statistics. */
function goodFile() {
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

type Raw = ReturnType<typeof goodFile>;

function valid(raw: unknown, known = NO_CODES): InterchangeFile {
  const result = validateInterchange(raw, known);
  if (!result.ok) throw new Error(`expected a valid file, got:\n${result.errors.join("\n")}`);
  return result.file;
}

function errorsOf(raw: unknown, known = NO_CODES): string[] {
  const result = validateInterchange(raw, known);
  if (result.ok) throw new Error("expected validation errors");
  return result.errors;
}

async function importRaw(raw: unknown, dryRun = false): Promise<ImportSummary> {
  return importInterchange(valid(raw, await loadKnownCodes()), { dryRun });
}

async function rowCounts() {
  return {
    organizations: await db.organization.count(),
    categories: await db.category.count(),
    items: await db.item.count(),
    requests: await db.disclosureRequest.count(),
    appeals: await db.appeal.count(),
    statistics: await db.yearlyStatistic.count(),
    auditLogs: await db.auditLog.count(),
  };
}

const t = (created: number, updated: number, unchanged: number) => ({ created, updated, unchanged });

describe("validateInterchange", () => {
  it("accepts a good file and fills absent arrays with []", () => {
    expect(valid(goodFile()).items).toHaveLength(3);
    const minimal = valid({ version: 1 });
    expect(minimal).toEqual({ version: 1, organizations: [], categories: [], items: [], requests: [], appeals: [], statistics: [] });
  });

  it("reports an unknown code with its JSON path and the allowed codes", () => {
    const raw = goodFile();
    (raw.requests[0] as Record<string, unknown>).outcome = "withheld.foo";
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^requests\[0\]\.outcome: 未知代码 unknown code "withheld\.foo"（可选：disclosed \| partial \| /);
    expect(errors[0]).toContain("other.other");
  });

  it("reports unknown codes in nested arrays and other sections", () => {
    const raw = goodFile();
    raw.items[0].channels = ["website", "telegram"];
    (raw.appeals[0] as Record<string, unknown>).kind = "lawsuit";
    (raw.items[1] as Record<string, unknown>).genre = "law";
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(3);
    expect(errors).toContainEqual(expect.stringMatching(/^items\[0\]\.channels\[1\]: 未知代码 unknown code "telegram"/));
    expect(errors).toContainEqual(expect.stringMatching(/^items\[1\]\.genre: 未知代码 unknown code "law"/));
    expect(errors).toContainEqual(expect.stringMatching(/^appeals\[0\]\.kind: 未知代码 unknown code "lawsuit"/));
  });

  it("rejects a date that is not on the calendar", () => {
    const raw = goodFile();
    raw.requests[0].receivedOn = "2021-02-30";
    raw.items[0].createdOn = "2021-3-2";
    const errors = errorsOf(raw);
    expect(errors).toEqual([
      'items[0].createdOn: 不是有效日期（YYYY-MM-DD）："2021-3-2"',
      'requests[0].receivedOn: 不是有效日期（YYYY-MM-DD）："2021-02-30"',
    ]);
  });

  it("reports missing required fields", () => {
    const raw = goodFile() as Record<string, unknown> & Raw;
    delete (raw.requests[0] as Record<string, unknown>).applicantType;
    delete (raw.items[0] as Record<string, unknown>).createdOn;
    delete (raw.organizations[0] as Record<string, unknown>).indexPrefix;
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(3);
    expect(errors).toContain("requests[0].applicantType: 必填");
    expect(errors).toContainEqual(expect.stringMatching(/^items\[0\]\.createdOn: /));
    expect(errors).toContainEqual(expect.stringMatching(/^organizations\[0\]\.indexPrefix: /));
  });

  it("rejects an empty title", () => {
    const raw = goodFile();
    raw.items[2].title = "   ";
    expect(errorsOf(raw)).toEqual(["items[2].title: 不能为空"]);
  });

  it("rejects a wrong or missing version", () => {
    expect(errorsOf({ ...goodFile(), version: 2 })).toEqual(["version: version 应为 1"]);
    expect(errorsOf({ organizations: [] })).toEqual(["version: version 应为 1"]);
  });

  it("rejects something that is not a file at all", () => {
    const errors = errorsOf(null);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(文件\): /);
  });

  it("reports duplicate natural keys inside the file", () => {
    const raw = goodFile();
    raw.requests[1].number = "2021-0001";
    raw.items[2].indexNo = "003680183/2021-00001";
    raw.statistics.push({ org: "xiaotao", year: 2021, code: "licensing.decisions", value: 12 });
    raw.categories.push({ code: "plans", name: "规划" });
    raw.appeals.push({ ...raw.appeals[0] });
    expect(errorsOf(raw)).toEqual([
      "categories[2].code: 与 categories[1] 重复",
      "items[2].indexNo: 与 items[0] 重复",
      "requests[1].number: 与 requests[0] 重复",
      "appeals[1].number: 与 appeals[0] 重复",
      "statistics[2].code: 与 statistics[0] 重复",
    ]);
  });

  it("allows the same number in two organisations and the same statistic in two years", () => {
    const raw = goodFile();
    raw.organizations.push({ code: "datian", name: "大田镇人民政府", indexPrefix: "003680184" });
    raw.requests[1].number = "2021-0001";
    raw.requests[1].org = "datian";
    raw.statistics[1] = { org: "xiaotao", year: 2022, code: "licensing.decisions", value: 3 };
    expect(valid(raw).requests).toHaveLength(2);
  });

  it("reports references to unknown organisations and categories", () => {
    const raw = goodFile();
    raw.requests[1].org = "nope";
    raw.statistics[0].org = "nope";
    raw.items[1].category = "no-such-category";
    expect(errorsOf(raw)).toEqual([
      'requests[1].org: 未知机构 unknown organization "nope"',
      'statistics[0].org: 未知机构 unknown organization "nope"',
      'items[1].category: 未知主题分类 unknown category "no-such-category"',
    ]);
  });

  it("accepts references to organisations and categories already in the database", () => {
    const raw = { version: 1, items: goodFile().items, requests: goodFile().requests };
    expect(errorsOf(raw).length).toBe(3 + 2 + 3); // 3 item orgs, 2 request orgs, 3 item categories
    const known = { organizations: new Set(["xiaotao"]), categories: new Set(["org-functions", "plans"]) };
    expect(valid(raw, known).items).toHaveLength(3);
  });

  it("requires closedOn and outcome together", () => {
    const raw = goodFile();
    raw.requests[0].outcome = null as unknown as string;
    raw.requests[1].outcome = "disclosed" as unknown as null;
    (raw.appeals[0] as Record<string, unknown>).result = null;
    expect(errorsOf(raw)).toEqual([
      "requests[0].outcome: 办结日期和办理结果须同时填写或同时为空",
      "requests[1].closedOn: 办结日期和办理结果须同时填写或同时为空",
      "appeals[0].result: 审结日期和结果须同时填写或同时为空",
    ]);
  });

  it("rejects dates out of order", () => {
    const raw = goodFile();
    raw.items[0].publishedOn = "2021-03-01"; // createdOn 2021-03-02
    raw.items[1].abolishedOn = "2020-12-31"; // createdOn 2021-01-10
    raw.requests[0].closedOn = "2021-02-28"; // receivedOn 2021-03-01
    raw.appeals[0].closedOn = "2021-05-09"; // filedOn 2021-05-10
    expect(errorsOf(raw)).toEqual([
      "items[0].publishedOn: 公开日期早于成文日期",
      "items[1].abolishedOn: 废止日期早于成文日期",
      "requests[0].closedOn: 办结日期早于收到申请日期",
      "appeals[0].closedOn: 审结日期早于立案日期",
    ]);
  });

  it("only lets proactive items have a publication date", () => {
    const raw = goodFile();
    (raw.items[2] as Record<string, unknown>).publishedOn = "2021-04-02";
    expect(errorsOf(raw)).toEqual(["items[2].publishedOn: 只有主动公开的信息才有公开日期"]);
  });

  it("rejects a statistic code not valid for the year's format", () => {
    const raw = goodFile();
    raw.statistics = [
      { org: "xiaotao", year: 2020, code: "fees.amount_wan", value: "1.5" },
      { org: "xiaotao", year: 2021, code: "licensing.delta", value: 3 },
      { org: "xiaotao", year: 2020, code: "licensing.delta", value: -3 },
      { org: "xiaotao", year: 2021, code: "fees.amount_wan", value: "0.000001" },
    ];
    expect(errorsOf(raw)).toEqual([
      'statistics[0].code: 未知代码 unknown code "fees.amount_wan"（2020 年适用 2019 格式）',
      'statistics[1].code: 未知代码 unknown code "licensing.delta"（2021 年适用 2021 格式）',
    ]);
  });

  it("checks statistic values: integers for counts, no negatives except deltas, decimals only for money", () => {
    const raw = goodFile();
    raw.statistics = [
      { org: "xiaotao", year: 2021, code: "licensing.decisions", value: "1.5" },
      { org: "xiaotao", year: 2021, code: "penalty.decisions", value: -1 },
      { org: "xiaotao", year: 2021, code: "fees.amount_wan", value: "12,5" },
      { org: "xiaotao", year: 2020, code: "licensing.delta", value: -3 },
      { org: "xiaotao", year: 2020, code: "procurement.amount", value: "25.1" },
    ];
    expect(errorsOf(raw)).toEqual([
      "statistics[0].value: 应为整数",
      "statistics[1].value: 不能为负数",
      "statistics[2].value: 应为十进制数字",
    ]);
  });

  it("reports every problem of the file at once", () => {
    const raw = goodFile();
    (raw.requests[0] as Record<string, unknown>).outcome = "withheld.foo";
    raw.requests[1].receivedOn = "2021-02-30";
    raw.statistics[0] = { org: "xiaotao", year: 2020, code: "fees.amount_wan", value: 1 };
    expect(errorsOf(raw)).toHaveLength(3);
  });
});

describe("importInterchange", () => {
  it("imports a good file with exact counts and exact values", async () => {
    const summary = await importRaw(goodFile());
    expect(summary).toEqual({
      organizations: t(1, 0, 0),
      categories: t(2, 0, 0),
      items: t(3, 0, 0),
      requests: t(2, 0, 0),
      appeals: t(1, 0, 0),
      statistics: t(2, 0, 0),
    });
    expect(await rowCounts()).toEqual({
      organizations: 1,
      categories: 2,
      items: 3,
      requests: 2,
      appeals: 1,
      statistics: 2,
      auditLogs: 1,
    });

    const item = await db.item.findFirstOrThrow({ where: { indexNo: "003680183/2021-00002" }, include: { category: true } });
    expect(item).toMatchObject({
      title: "小陶镇2021年工作计划",
      docNo: "永政〔2021〕1号",
      genre: "normative",
      disclosure: "proactive",
      createdOn: "2021-01-10",
      publishedOn: "2021-01-12",
      abolishedOn: "2022-06-30",
      validity: "abolished",
      channels: "website",
      status: "published",
    });
    expect(item.category.code).toBe("plans");
    expect((await db.item.findFirstOrThrow({ where: { indexNo: "003680183/2021-00001" } })).channels).toBe("website,archive,library");

    const open = await db.disclosureRequest.findFirstOrThrow({ where: { number: "2021-0002" } });
    expect(open).toMatchObject({ applicantType: "commercial", receivedOn: "2021-12-28", closedOn: null, outcome: null, status: "received" });
    const closed = await db.disclosureRequest.findFirstOrThrow({ where: { number: "2021-0001" } });
    expect(closed).toMatchObject({ closedOn: "2021-03-20", outcome: "disclosed", status: "closed" });

    // Money is kept as its exact decimal text.
    const statistics = await db.yearlyStatistic.findMany({ orderBy: { code: "asc" } });
    expect(statistics.map((s) => [s.year, s.code, s.value])).toEqual([
      [2021, "fees.amount_wan", "1234.567891"],
      [2021, "licensing.decisions", "11"],
    ]);
    const categories = await db.category.findMany({ orderBy: { sortOrder: "asc" } });
    expect(categories.map((c) => c.code)).toEqual(["org-functions", "plans"]);
  });

  it("is idempotent: a second import changes nothing", async () => {
    await importRaw(goodFile());
    const before = await rowCounts();
    const second = await importRaw(goodFile());
    expect(second).toEqual({
      organizations: t(0, 0, 1),
      categories: t(0, 0, 2),
      items: t(0, 0, 3),
      requests: t(0, 0, 2),
      appeals: t(0, 0, 1),
      statistics: t(0, 0, 2),
    });
    // Not even an audit entry is written when nothing changed.
    expect(await rowCounts()).toEqual(before);
  });

  it("updates what differs and leaves the rest", async () => {
    await importRaw(goodFile());
    const raw = goodFile();
    raw.items[0].title = "小陶镇人民政府机构职能（2021年修订）";
    raw.requests[1].closedOn = "2022-01-05" as unknown as null;
    raw.requests[1].outcome = "partial" as unknown as null;
    raw.statistics[1].value = "1234.5678910"; // a different decimal text is a different value
    const summary = await importRaw(raw);
    expect(summary.items).toEqual(t(0, 1, 2));
    expect(summary.requests).toEqual(t(0, 1, 1));
    expect(summary.statistics).toEqual(t(0, 1, 1));
    expect(summary.appeals).toEqual(t(0, 0, 1));
    const item = await db.item.findFirstOrThrow({ where: { indexNo: "003680183/2021-00001" } });
    expect(item).toMatchObject({ title: "小陶镇人民政府机构职能（2021年修订）", version: 2 });
    expect(await db.disclosureRequest.findFirstOrThrow({ where: { number: "2021-0002" } })).toMatchObject({
      status: "closed",
      outcome: "partial",
      version: 2,
    });
    expect((await rowCounts()).auditLogs).toBe(2);
  });

  it.skipIf(dbProvider === "postgresql")("indexes the pairs of what it writes before committing (SQLite's pair index)", async () => {
    await importRaw(goodFile());
    const raw = goodFile();
    raw.items[0].title = "小陶镇人民政府机构职能（2021年修订）";
    await importRaw(raw);
    const itemsWith = (word: string) => db.$queryRaw<{ indexNo: string }[]>`
      SELECT i."indexNo" FROM "ItemSearchPairs" p JOIN "ItemSearchKey" k ON k."key" = p."rowid" JOIN "Item" i ON i."id" = k."itemId"
      WHERE p."ItemSearchPairs" MATCH ${wordPairToken(word)}`;
    expect(await itemsWith("修订")).toEqual([{ indexNo: "003680183/2021-00001" }]);
    expect(await db.$queryRaw`SELECT count(*) AS "pending" FROM "ItemSearchKey" WHERE "pairsIndexed" = 0`).toEqual([{ pending: 0n }]);
    expect(await db.$queryRaw`SELECT count(*) AS "keys" FROM "ItemSearchKey"`).toEqual([{ keys: BigInt(await db.item.count()) }]);
  });

  it("dry run reports what would happen and writes nothing", async () => {
    const summary = await importRaw(goodFile(), true);
    expect(summary).toEqual({
      organizations: t(1, 0, 0),
      categories: t(2, 0, 0),
      items: t(3, 0, 0),
      requests: t(2, 0, 0),
      appeals: t(1, 0, 0),
      statistics: t(2, 0, 0),
    });
    expect(await rowCounts()).toEqual({
      organizations: 0,
      categories: 0,
      items: 0,
      requests: 0,
      appeals: 0,
      statistics: 0,
      auditLogs: 0,
    });
    expect(await db.indexSequence.count()).toBe(0);
  });

  it("dry run of an update leaves the stored rows as they were", async () => {
    await importRaw(goodFile());
    const raw = goodFile();
    raw.items[0].title = "改过的标题";
    const summary = await importRaw(raw, true);
    expect(summary.items).toEqual(t(0, 1, 2));
    expect((await db.item.findFirstOrThrow({ where: { indexNo: "003680183/2021-00001" } })).title).toBe("小陶镇人民政府机构职能");
    expect((await rowCounts()).auditLogs).toBe(1);
  });

  it("rolls everything back when a write fails part-way through", async () => {
    // A database-level failure on the second request, after the organisation, categories, items and the first
    // request have been written in the same transaction.
    const removeTrigger = await failWrites("BEFORE INSERT", "DisclosureRequest", `NEW."number" = '2021-0002'`);
    try {
      await expect(importRaw(goodFile())).rejects.toThrow(/disclosureRequest\.create/);
    } finally {
      await removeTrigger();
    }
    expect(await rowCounts()).toEqual({
      organizations: 0,
      categories: 0,
      items: 0,
      requests: 0,
      appeals: 0,
      statistics: 0,
      auditLogs: 0,
    });
    // The same file imports cleanly afterwards.
    expect((await importRaw(goodFile())).requests).toEqual(t(2, 0, 0));
  });

  it("rolls back an update that fails part-way through", async () => {
    await importRaw(goodFile());
    const before = await rowCounts();
    const removeTrigger = await failWrites("BEFORE UPDATE", "Appeal", "TRUE");
    const raw = goodFile();
    raw.items[0].title = "新标题";
    raw.appeals[0].result = "corrected";
    try {
      await expect(importRaw(raw)).rejects.toThrow(/appeal\.update/);
    } finally {
      await removeTrigger();
    }
    expect((await db.item.findFirstOrThrow({ where: { indexNo: "003680183/2021-00001" } })).title).toBe("小陶镇人民政府机构职能");
    expect(await rowCounts()).toEqual(before);
  });
});

describe("generated 索引号", () => {
  const base = () => ({
    version: 1,
    organizations: [{ code: "xiaotao", name: "永安市小陶镇人民政府", indexPrefix: "003680183" }],
    categories: [{ code: "plans", name: "规划计划" }],
  });
  const item = (title: string, createdOn: string, indexNo?: string) => ({
    org: "xiaotao",
    ...(indexNo ? { indexNo } : {}),
    title,
    category: "plans",
    genre: "other",
    disclosure: "proactive",
    createdOn,
    publishedOn: createdOn,
  });

  it("gives an item without indexNo the next free {前缀}/{年份}-{5位流水}, skipping taken numbers", async () => {
    const raw = {
      ...base(),
      items: [
        item("甲", "2021-01-05", "003680183/2021-00001"),
        item("乙", "2021-01-06", "003680183/2021-00002"),
        item("丙", "2021-02-01"),
        item("丁", "2021-03-01"),
        item("戊", "2022-01-03"),
      ],
    };
    expect((await importRaw(raw)).items).toEqual(t(5, 0, 0));
    const byTitle = Object.fromEntries((await db.item.findMany()).map((i) => [i.title, i.indexNo]));
    expect(byTitle).toEqual({
      甲: "003680183/2021-00001",
      乙: "003680183/2021-00002",
      丙: "003680183/2021-00003",
      丁: "003680183/2021-00004",
      戊: "003680183/2022-00001",
    });

    // Re-importing the same items without indexNo recognises them (title, 成文日期, 文号) instead of duplicating.
    expect((await importRaw(raw)).items).toEqual(t(0, 0, 5));
    expect(await db.item.count()).toBe(5);

    // A new one continues the sequence.
    await importRaw({ ...base(), items: [item("己", "2021-12-31")] });
    expect((await db.item.findFirstOrThrow({ where: { title: "己" } })).indexNo).toBe("003680183/2021-00005");
  });

  it("never hands out a number that a later item of the same file states explicitly", async () => {
    const raw = {
      ...base(),
      items: [item("丙", "2021-02-01"), item("甲", "2021-01-05", "003680183/2021-00001")],
    };
    expect((await importRaw(raw)).items).toEqual(t(2, 0, 0));
    const byTitle = Object.fromEntries((await db.item.findMany()).map((i) => [i.title, i.indexNo]));
    expect(byTitle).toEqual({ 甲: "003680183/2021-00001", 丙: "003680183/2021-00002" });
    expect((await importRaw(raw)).items).toEqual(t(0, 0, 2));
  });

  it("imports the xiaotao 2020 fixture: 378 items, and the next 2020 number is 003680183/2020-00017", async () => {
    const fixture = JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma/seed-data/xiaotao-2020.json"), "utf8"));
    const summary = await importRaw(fixture);
    expect(summary).toEqual({
      organizations: t(1, 0, 0),
      categories: t(8, 0, 0),
      items: t(378, 0, 0),
      requests: t(0, 0, 0),
      appeals: t(0, 0, 0),
      statistics: t(16, 0, 0),
    });
    expect(await db.item.count()).toBe(378);
    expect(await db.item.count({ where: { createdOn: { gte: "2020-01-01", lte: "2020-12-31" } } })).toBe(16);

    const newItem = { ...item("小陶镇2020年补录信息", "2020-12-30"), category: "org-functions" };
    await importRaw({ version: 1, items: [newItem] });
    expect((await db.item.findFirstOrThrow({ where: { title: "小陶镇2020年补录信息" } })).indexNo).toBe("003680183/2020-00017");

    // Importing the fixture (and the extra item) again changes nothing.
    expect((await importRaw(fixture)).items).toEqual(t(0, 0, 378));
    expect((await importRaw({ version: 1, items: [newItem] })).items).toEqual(t(0, 0, 1));
    expect(await db.item.count()).toBe(379);
  });
});
