import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { wordPairToken } from "@/lib/items/search-pairs";
import { importInterchange, loadKnownCodes, type ImportSummary } from "./import";
import { failWrites } from "@/test/fail-writes";
import { goodFile, tally as t, valid } from "@/test/interchange-fixtures";

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

async function importRaw(raw: unknown, dryRun = false): Promise<ImportSummary> {
  return importInterchange(valid(raw, await loadKnownCodes()), { dryRun });
}

/** What importing goodFile() into an empty database creates. */
const GOOD_FILE_CREATED = {
  organizations: t(1, 0, 0),
  categories: t(2, 0, 0),
  items: t(3, 0, 0),
  requests: t(2, 0, 0),
  appeals: t(1, 0, 0),
  statistics: t(2, 0, 0),
};

/** rowCounts() of an empty database. */
const EMPTY = { organizations: 0, categories: 0, items: 0, requests: 0, appeals: 0, statistics: 0, auditLogs: 0 };

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

describe("importInterchange", () => {
  it("imports a good file with exact counts and exact values", async () => {
    const summary = await importRaw(goodFile());
    expect(summary).toEqual(GOOD_FILE_CREATED);
    expect(await rowCounts()).toEqual({
      organizations: 1,
      categories: 2,
      items: 3,
      requests: 2,
      appeals: 1,
      statistics: 2,
      auditLogs: 12, // one per record created (11) and the import's own
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
    expect((await rowCounts()).auditLogs).toBe(12 + 3 + 1); // one per record updated, and the import's own
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
    expect(summary).toEqual(GOOD_FILE_CREATED);
    expect(await rowCounts()).toEqual(EMPTY);
    expect(await db.indexSequence.count()).toBe(0);
  });

  it("dry run of an update leaves the stored rows as they were", async () => {
    await importRaw(goodFile());
    const raw = goodFile();
    raw.items[0].title = "改过的标题";
    const summary = await importRaw(raw, true);
    expect(summary.items).toEqual(t(0, 1, 2));
    expect((await db.item.findFirstOrThrow({ where: { indexNo: "003680183/2021-00001" } })).title).toBe("小陶镇人民政府机构职能");
    expect((await rowCounts()).auditLogs).toBe(12);
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
    expect(await rowCounts()).toEqual(EMPTY);
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
