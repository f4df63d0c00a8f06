import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { todayInChina } from "@/lib/dates";
import { db, dbProvider } from "@/lib/db";
import { ConflictError, DomainError } from "@/lib/errors";
import { approveItem, createItem, markItemValidity, returnItem, submitItem, updateItem, withdrawItem } from "./mutations";
import { indexPendingPairs } from "./pair-index";
import { countCatalogueFacets, listCatalogue } from "./queries";
import type { ItemInput } from "./schema";
import { itemInput, seedTownAndBureau } from "@/test/item-fixtures";

let clerk: SessionUser;
let supervisor: SessionUser;
let outsider: SessionUser;
let categoryId: string;

const input = (over: Partial<ItemInput> = {}) =>
  itemInput({ title: "农村低保资金发放情况", body: "本季度发放农村低保资金。", categoryId, ...over });

beforeAll(async () => {
  const seeded = await seedTownAndBureau();
  ({ categoryId, clerk } = seeded);
  supervisor = { id: "u2", username: "supervisor", name: "审核人", role: "SUPERVISOR", orgId: seeded.org.id };
  outsider = { id: "u3", username: "sfj-supervisor", name: "司法局审核人", role: "SUPERVISOR", orgId: seeded.other.id };
});

async function refused(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).message;
}

describe("索引号 on save", () => {
  it("numbers items per organisation and year of 成文日期, in sequence", async () => {
    const a = await createItem(clerk, input({ createdOn: "2024-03-01" }));
    const b = await createItem(clerk, input({ createdOn: "2024-05-01" }));
    const c = await createItem(clerk, input({ createdOn: "2023-12-31" }));
    const d = await createItem(outsider, input({ createdOn: "2024-01-02" }));
    const numbers = await db.item.findMany({ where: { id: { in: [a.id, b.id, c.id, d.id] } }, select: { id: true, indexNo: true } });
    const of = (id: string) => numbers.find((n) => n.id === id)!.indexNo;
    expect([of(a.id), of(b.id), of(c.id), of(d.id)]).toEqual([
      "003680183/2024-00001",
      "003680183/2024-00002",
      "003680183/2023-00001",
      "003680047/2024-00001",
    ]);
  });

  it("skips numbers already taken and never hands one out twice, even when saves run at once", async () => {
    const org = await db.organization.findUniqueOrThrow({ where: { code: "xt" } });
    await db.item.create({
      data: { orgId: org.id, indexNo: "003680183/2022-00002", title: "导入的信息", categoryId, genre: "other", disclosure: "proactive", createdOn: "2022-01-01" },
    });
    const saved = await Promise.all(Array.from({ length: 8 }, (_, i) => createItem(clerk, input({ title: `并发 ${i}`, createdOn: "2022-06-01" }))));
    const numbers = (await db.item.findMany({ where: { id: { in: saved.map((s) => s.id) } }, select: { indexNo: true } }))
      .map((n) => n.indexNo)
      .sort();
    expect(numbers).toEqual(["00001", "00003", "00004", "00005", "00006", "00007", "00008", "00009"].map((s) => `003680183/2022-${s}`));
  });

  it("follows a changed pattern for new numbers", async () => {
    await db.organization.update({ where: { code: "xt" }, data: { indexPattern: "{前缀}-{年份}-{3位流水}" } });
    const item = await createItem(clerk, input({ createdOn: "2021-04-01" }));
    expect((await db.item.findUniqueOrThrow({ where: { id: item.id } })).indexNo).toBe("003680183-2021-001");
    await db.organization.update({ where: { code: "xt" }, data: { indexPattern: "{前缀}/{年份}-{5位流水}" } });
  });
});

describe("editing with optimistic locking", () => {
  it("refuses a stale edit and keeps the newer one", async () => {
    const item = await createItem(clerk, input());
    const first = await updateItem(clerk, { ...input({ title: "第一个人的修改" }), id: item.id, version: item.version });
    expect(first.version).toBe(2);
    expect(await refused(updateItem(supervisor, { ...input({ title: "第二个人的修改" }), id: item.id, version: 1 }))).toBe(new ConflictError().message);
    const stored = await db.item.findUniqueOrThrow({ where: { id: item.id } });
    expect([stored.title, stored.version]).toEqual(["第一个人的修改", 2]);
  });

  it("keeps other organisations' items out of reach", async () => {
    const item = await createItem(clerk, input());
    expect(await refused(updateItem(outsider, { ...input({ title: "越权" }), id: item.id, version: 1 }))).toBe("信息不存在或您无权访问。");
    expect(await refused(submitItem(outsider, item))).toBe("信息不存在或您无权访问。");
  });
});

describe("workflow", () => {
  it("draft → pending → returned with a comment → pending → published with today's date", async () => {
    let ref = await createItem(clerk, input());
    expect(await refused(approveItem(supervisor, ref))).toBe("只有待审核的信息可以审核发布。");
    ref = await submitItem(clerk, ref);
    expect(await refused(updateItem(clerk, { ...input(), ...ref }))).toBe("该信息当前状态下不能修改（已提交审核或已撤回）。");
    expect(await refused(approveItem(clerk, ref))).toBe("只有待审核的信息可以审核发布。");
    ref = await returnItem(supervisor, { ...ref, comment: "请补充文号" });
    expect(await db.item.findUniqueOrThrow({ where: { id: ref.id } })).toMatchObject({ status: "draft", reviewComment: "请补充文号" });
    ref = await submitItem(clerk, ref);
    ref = await approveItem(supervisor, ref);
    expect(await db.item.findUniqueOrThrow({ where: { id: ref.id } })).toMatchObject({
      status: "published",
      publishedOn: todayInChina(),
      reviewComment: null,
      version: 5,
    });
    const actions = await db.auditLog.findMany({ where: { entityId: ref.id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["item.create", "item.submit", "item.return", "item.submit", "item.publish"]);
  });

  it("sets the 公开日期 at approval: today, or an earlier date only with a reason", async () => {
    const ref = await submitItem(clerk, await createItem(clerk, input({ publishedOn: "2024-03-04" })));
    expect(await refused(approveItem(supervisor, { ...ref, publishedOn: "2024-03-04" }))).toBe("提交的内容有误，请按提示修改。");
    const published = await approveItem(supervisor, { ...ref, publishedOn: "2024-03-04", reason: "已于当日在公开栏张贴" });
    expect((await db.item.findUniqueOrThrow({ where: { id: ref.id } })).publishedOn).toBe("2024-03-04");
    const [record] = await db.itemVetting.findMany({ where: { itemId: published.id } });
    expect(record).toMatchObject({ reviewer: "supervisor", publishedOn: "2024-03-04", publishedOnReason: "已于当日在公开栏张贴", selfApproved: false });
  });

  it("marks a published item 废止 and withdraws it, never deleting it", async () => {
    let ref = await approveItem(supervisor, await submitItem(clerk, await createItem(clerk, input())));
    expect(await refused(markItemValidity(supervisor, { ...ref, validity: "abolished", abolishedOn: "2024-02-01" }))).toBe(
      "提交的内容有误，请按提示修改。",
    );
    ref = await markItemValidity(supervisor, { ...ref, validity: "abolished", abolishedOn: "2024-06-30" });
    expect(await refused(withdrawItem(clerk, { ...ref, cause: "other", reason: "错发" }))).toBe("只有已发布的信息可以撤回。");
    ref = await withdrawItem(supervisor, { ...ref, cause: "correction", reason: "内容有误" });
    expect(await db.item.findUniqueOrThrow({ where: { id: ref.id } })).toMatchObject({
      status: "withdrawn",
      withdrawnReason: "内容有误",
      withdrawnCause: "correction",
      validity: "abolished",
      abolishedOn: "2024-06-30",
    });
  });
});

describe("catalogue search", () => {
  beforeAll(async () => {
    for (const [title, body, docNo] of [
      ["关于宅基地审批管理的通知", "规范农村宅基地审批。", "陶政〔2024〕7号"],
      ["临时救助对象名单公示", "本月临时救助 5% 的对象，名单见附件。", null],
      ["安全生产检查方案", "开展安全生产大检查。", null],
    ] as const) {
      const ref = await createItem(clerk, input({ title, body, docNo, createdOn: "2024-04-01" }));
      await approveItem(supervisor, await submitItem(clerk, ref));
    }
  });

  const titles = async (q: string) => (await listCatalogue({ q })).rows.map((r) => r.title).sort();

  it("finds 2-character words (LIKE) and longer ones (trigram index) in title, body and 文号", async () => {
    expect(await titles("救助")).toEqual(["临时救助对象名单公示"]);
    expect(await titles("审批")).toEqual(["关于宅基地审批管理的通知"]);
    expect(await titles("陶政")).toEqual(["关于宅基地审批管理的通知"]);
    expect(await titles("名单 本月临时")).toEqual(["临时救助对象名单公示"]);
    expect(await titles("生产 审批")).toEqual([]);
    expect(await titles("检")).toEqual(["安全生产检查方案"]);
    expect(await titles("宅基地")).toEqual(["关于宅基地审批管理的通知"]);
    expect(await titles("〔2024〕7号")).toEqual(["关于宅基地审批管理的通知"]);
    expect(await titles("大检查")).toEqual(["安全生产检查方案"]);
    expect(await titles("安全 检查")).toEqual(["安全生产检查方案"]);
  });

  it("treats wildcards and FTS syntax in the query as text", async () => {
    expect(await titles("5%")).toEqual(["临时救助对象名单公示"]);
    expect(await titles("%")).toEqual(["临时救助对象名单公示"]);
    expect(await titles("_")).toEqual([]);
    expect(await titles('" OR "')).toEqual([]);
    expect(await titles("* NOT NEAR(")).toEqual([]);
    expect(await titles("title:宅基地")).toEqual([]);
  });

  it("combines search with filters and pages by (公开日期, id)", async () => {
    expect((await listCatalogue({ q: "救助", genre: "normative" })).rows).toEqual([]);
    const first = await listCatalogue({}, 2);
    expect(first.rows).toHaveLength(2);
    const second = await listCatalogue({ after: first.next }, 2);
    const seen = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(first.total).toBeGreaterThanOrEqual(4);
  });

  it("keeps a year filter within its year whatever cursor the address carries", async () => {
    for (const publishedOn of ["2022-12-31", "2023-06-01", "2024-01-01"]) {
      const ref = await createItem(clerk, input({ title: `分页测试 ${publishedOn}`, createdOn: publishedOn, publishedOn }));
      await approveItem(supervisor, { ...(await submitItem(clerk, ref)), publishedOn, reason: "补录" });
    }
    const dates = async (after: { date: string; id: string }) =>
      (await listCatalogue({ year: 2023, after })).rows.map((r) => r.publishedOn);
    // A cursor past the year (a hand-made URL) starts at the year's end; one inside it pages on from there.
    expect(await dates({ date: "2024-06-01", id: "x" })).toEqual(["2023-06-01"]);
    expect(await dates({ date: "2023-06-01", id: "~" })).toEqual(["2023-06-01"]);
    expect(await dates({ date: "2023-06-01", id: "" })).toEqual([]);
  });

  it("follows edits of the searched text", async () => {
    const item = (await listCatalogue({ q: "大检查" })).rows[0];
    const stored = await db.item.findUniqueOrThrow({ where: { id: item.id } });
    await updateItem(supervisor, { ...input({ title: stored.title, body: "开展消防专项整治。", publishedOn: stored.publishedOn, createdOn: "2024-04-01" }), id: item.id, version: stored.version });
    expect(await titles("大检查")).toEqual([]);
    expect(await titles("检查 消防专项")).toEqual(["安全生产检查方案"]);
    expect(await titles("整治")).toEqual(["安全生产检查方案"]);
    expect(await titles("开展")).toEqual(["安全生产检查方案"]);
  });

  it.skipIf(dbProvider === "postgresql")("still finds an item whose pairs a writer left unindexed, until they are indexed", async () => {
    const pending = async () => (await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS "n" FROM "ItemSearchKey" WHERE "pairsIndexed" = 0`)[0].n;
    expect(await pending()).toBe(0n);
    // What a writer that forgot indexPendingPairs leaves: the item marked pending, without pairs.
    const [{ key }] = await db.$queryRaw<{ key: bigint }[]>`
      SELECT k."key" FROM "ItemSearchKey" k JOIN "Item" i ON i."id" = k."itemId" WHERE i."title" = '临时救助对象名单公示'`;
    await db.$executeRaw`DELETE FROM "ItemSearchPairs" WHERE "rowid" = ${key}`;
    await db.$executeRaw`UPDATE "ItemSearchKey" SET "pairsIndexed" = 1 - "pairsIndexed" WHERE "key" = ${key}`;
    expect(await pending()).toBe(1n);
    expect(await titles("救助")).toEqual(["临时救助对象名单公示"]);
    expect(await titles("名单 救助 本月临时")).toEqual(["临时救助对象名单公示"]);
    expect(await titles("救助 审批")).toEqual([]);
    await db.$transaction((tx) => indexPendingPairs(tx));
    expect(await pending()).toBe(0n);
    expect(await titles("救助")).toEqual(["临时救助对象名单公示"]);
  });
});

describe("catalogue counts", () => {
  it("count a published proactive item under its category and 公开 year, and drop it when withdrawn", async () => {
    const countOf = async () => {
      const facets = await countCatalogueFacets();
      return {
        category: facets.categories.find((c) => c.code === "civil-affairs")?.count ?? 0,
        year2019: facets.years.find((y) => y.year === 2019)?.count ?? 0,
      };
    };
    const before = await countOf();
    const ref = await createItem(clerk, input({ title: "2019年低保标准调整", createdOn: "2019-05-01", publishedOn: "2019-05-08" }));
    const published = await approveItem(supervisor, { ...(await submitItem(clerk, ref)), publishedOn: "2019-05-08", reason: "补录" });
    await createItem(clerk, input({ title: "依申请公开的答复", disclosure: "on_request", createdOn: "2019-05-01" }));
    expect(await countOf()).toEqual({ category: before.category + 1, year2019: before.year2019 + 1 });
    await withdrawItem(supervisor, { ...published, cause: "correction", reason: "内容有误" });
    expect(await countOf()).toEqual(before);
  });
});
