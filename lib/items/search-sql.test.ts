import { beforeAll, describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { itemSearchSql, pgItemSearchCondition } from "./search-sql";

const POSTGRES = dbProvider === "postgresql";

describe.skipIf(!POSTGRES)("pgItemSearchCondition (PostgreSQL only: runs in the PostgreSQL pass of npm test)", () => {
  beforeAll(async () => {
    const org = await db.organization.create({ data: { code: "t", name: "测试镇人民政府", indexPrefix: "T01" } });
    const category = await db.category.create({ data: { code: "c", name: "分类", sortOrder: 1 } });
    const item = (indexNo: string, title: string, docNo: string | null, body: string) =>
      db.item.create({
        data: { orgId: org.id, categoryId: category.id, indexNo, title, docNo, body, genre: "other", disclosure: "proactive", createdOn: "2021-01-01" },
      });
    await item("T01/2021-00001", "2021年农村低保资金发放情况", null, "低保对象共计 35 户，资金已于 3 月发放。");
    await item("T01/2021-00002", "关于印发《安全生产工作要点》的通知", "陶政〔2021〕1号", "现将 Safety 要点印发给你们，完成率 100%。");
    await item("T01/2022-00001", "临时救助对象名单公示", null, "救助_名单见附件。Ärger");
    // Every pair of 低保障 (低保, 保障) but not the word: the index finds it, the substring check drops it.
    await item("T01/2024-00001", "2024年防汛工作方案", "陶防〔2024〕3号", "落实低保。做好保障。Flood Control 预案，Review");
  });

  const search = async (...terms: string[]) => {
    const rows = await db.$queryRaw<{ indexNo: string }[]>`
      SELECT i."indexNo" FROM "Item" i WHERE ${pgItemSearchCondition(terms)} ORDER BY i."indexNo"`;
    return rows.map((r) => r.indexNo);
  };

  it("finds Chinese words of any length anywhere in title, 文号, 索引号 or body", async () => {
    expect(await search("低保资金")).toEqual(["T01/2021-00001"]); // title, four characters
    expect(await search("低保")).toEqual(["T01/2021-00001", "T01/2024-00001"]); // two characters
    expect(await search("防汛")).toEqual(["T01/2024-00001"]);
    expect(await search("防汛工")).toEqual(["T01/2024-00001"]); // three characters
    expect(await search("陶政〔2021〕1号")).toEqual(["T01/2021-00002"]); // 文号
    expect(await search("〔2024〕3号")).toEqual(["T01/2024-00001"]);
    expect(await search("2022-00001")).toEqual(["T01/2022-00001"]); // 索引号
    expect(await search("附件")).toEqual(["T01/2022-00001"]); // body
  });

  it("matches the word, not merely its pairs", async () => {
    expect(await search("低保障")).toEqual([]); // 低保 and 保障 occur apart
    expect(await search("保障")).toEqual(["T01/2024-00001"]);
    expect(await search("资金发放")).toEqual(["T01/2021-00001"]);
    expect(await search("发放资金")).toEqual([]);
  });

  it("finds Latin letters and digits, ignoring letter case, and single characters", async () => {
    expect(await search("2024")).toEqual(["T01/2024-00001"]);
    expect(await search("2021")).toEqual(["T01/2021-00001", "T01/2021-00002"]);
    expect(await search("flood")).toEqual(["T01/2024-00001"]);
    expect(await search("fLOOD", "CONTROL")).toEqual(["T01/2024-00001"]);
    expect(await search("VIEW")).toEqual(["T01/2024-00001"]);
    expect(await search("汛")).toEqual(["T01/2024-00001"]); // one character: the substring check alone
    expect(await search("3")).toEqual(["T01/2021-00001", "T01/2024-00001"]);
  });

  it("requires every word, ignores letter case, and never matches across two fields", async () => {
    expect(await search("救助", "名单")).toEqual(["T01/2022-00001"]);
    expect(await search("救助", "低保")).toEqual([]);
    expect(await search("SAFETY")).toEqual(["T01/2021-00002"]);
    expect(await search("公示救助")).toEqual([]); // the title ends 公示, the body starts 救助
  });

  it("checks words without letter case with LIKE and the others with ILIKE, one column at a time", async () => {
    const sql = (term: string) => pgItemSearchCondition([term]).sql;
    expect(sql("人居环境")).toBe(
      `item_search_bigrams(i."id", i."title", i."docNo", i."indexNo", i."body") @@ item_search_bigram_query(?) AND ` +
        `(i."title" LIKE ? ESCAPE '\\' OR i."docNo" LIKE ? ESCAPE '\\' OR i."indexNo" LIKE ? ESCAPE '\\' OR i."body" LIKE ? ESCAPE '\\')`,
    );
    expect(sql("Flood")).toContain(`OR i."body" ILIKE ? ESCAPE`);
    expect(await search("ÄRGER")).toEqual(["T01/2022-00001"]); // ä in the body: ILIKE lower-cases beyond ASCII
    expect(await search("ärger")).toEqual(["T01/2022-00001"]);
  });

  it("takes %, _, quotes and tsquery operators literally", async () => {
    expect(await search("%")).toEqual(["T01/2021-00002"]);
    expect(await search("100%")).toEqual(["T01/2021-00002"]);
    expect(await search("_")).toEqual(["T01/2022-00001"]);
    expect(await search("助_")).toEqual(["T01/2022-00001"]);
    expect(await search("'&!|:*\\")).toEqual([]);
  });

  it("puts each item's pairs in one of eight buckets of doubling size, by a stable hash of its id", async () => {
    const rows = await db.$queryRaw<{ bucket: number; count: bigint }[]>`
      SELECT item_search_bucket(n::text) AS "bucket", count(*) AS "count" FROM generate_series(1, 102400) AS n GROUP BY 1 ORDER BY 1`;
    // ~1/128, 1/128, 1/64, 1/32, 1/16, 1/8, 1/4 and 1/2 of 102,400: 800, 800, 1,600, 3,200, 6,400, 12,800, 25,600, 51,200
    expect(rows.map((r) => Number(r.count))).toEqual([810, 805, 1592, 3180, 6488, 12803, 25563, 51159]);
    const [{ lexemes }] = await db.$queryRaw<{ lexemes: string }[]>`
      SELECT item_search_bigrams('x', '低保', NULL, 'T1', '') :: text AS "lexemes"`;
    expect(lexemes).toBe("'5t1' '5低保'"); // the id x is in bucket 5; pairs lower-cased, each after the bucket
  });

  it("counts a capped search bucket by bucket, and stops in the first buckets when the limit is reached", async () => {
    const capped = itemSearchSql("低保")!.cappedMatches!;
    const rows = await db.$queryRaw<{ indexNo: string }[]>`${capped(Prisma.sql`i."indexNo"`, Prisma.sql`TRUE`, 10)} `;
    expect(rows.map((r) => r.indexNo).sort()).toEqual(["T01/2021-00001", "T01/2024-00001"]);
    expect(await db.$queryRaw`${capped(Prisma.sql`i."indexNo"`, Prisma.sql`TRUE`, 1)}`).toHaveLength(1);
    const plan = async (limit: number) => {
      const [, lines] = await db.$transaction([
        db.$executeRaw`SET LOCAL enable_seqscan = off`,
        db.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN (ANALYZE, COSTS OFF) ${capped(Prisma.sql`1`, Prisma.sql`TRUE`, limit)}`,
      ]);
      return lines.map((line) => line["QUERY PLAN"]).join("\n");
    };
    const skipped = (text: string) => text.match(/Bitmap Heap Scan[^\n]*\(never executed\)/g)?.length ?? 0;
    expect(skipped(await plan(10))).toBe(0); // two matches: every bucket is read
    // One wanted: the buckets after the first one holding a match are not (the items' ids, so their buckets, are random).
    const [{ first }] = await db.$queryRaw<{ first: number }[]>`
      SELECT min(item_search_bucket(i."id")) AS "first" FROM "Item" i WHERE ${pgItemSearchCondition(["低保"])}`;
    expect(skipped(await plan(1))).toBe(7 - first);
  });

  it("answers a two-character word from the bigram index", async () => {
    // With a few rows a scan is cheapest, so scans are switched off for this one transaction to see the index used.
    const [, plan] = await db.$transaction([
      db.$executeRaw`SET LOCAL enable_seqscan = off`,
      db.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT i."id" FROM "Item" i WHERE ${pgItemSearchCondition(["低保"])}`,
    ]);
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(/Bitmap Index Scan on "?Item_search_bigrams_idx"?/);
  });
});
