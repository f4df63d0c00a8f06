import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { sameDocNo } from "./doc-no";
import { createItem } from "./mutations";
import { listAdminItems } from "./queries";
import type { ItemInput } from "./schema";
import { itemInput, seedTownAndBureau } from "@/test/item-fixtures";

let clerk: SessionUser;
let outsider: SessionUser;
let categoryId: string;

const input = (over: Partial<ItemInput>) => itemInput({ categoryId, ...over });

beforeAll(async () => {
  const seeded = await seedTownAndBureau();
  ({ categoryId, clerk } = seeded);
  outsider = { id: "u3", username: "sfj-clerk", name: "司法局办事员", role: "CLERK", orgId: seeded.other.id };
  await createItem(clerk, input({ title: "小陶镇防汛应急预案", docNo: "陶政〔2024〕12号", body: "汛期值班安排。" }));
  await createItem(clerk, input({ title: "农村低保资金发放情况", createdOn: "2024-05-01", body: "本季度发放农村低保资金。" }));
  await createItem(outsider, input({ title: "司法局防汛值班表", body: "防汛期间值班。" }));
});

const titles = async (user: SessionUser, q: string) => (await listAdminItems(user, { q })).rows.map((r) => r.title);

describe("listAdminItems with q", () => {
  it("finds the user's own drafts by title, 文号 and 索引号, words of any length", async () => {
    expect(await titles(clerk, "防汛")).toEqual(["小陶镇防汛应急预案"]);
    expect(await titles(clerk, "陶政〔2024〕12号")).toEqual(["小陶镇防汛应急预案"]);
    expect(await titles(clerk, "低保 发放")).toEqual(["农村低保资金发放情况"]);
    expect(await titles(clerk, "镇")).toEqual(["小陶镇防汛应急预案"]);
    const { indexNo } = await db.item.findFirstOrThrow({ where: { title: "农村低保资金发放情况" } });
    expect(await titles(clerk, indexNo)).toEqual(["农村低保资金发放情况"]);
  });
  it("never shows another body's items, and lists everything without words", async () => {
    expect(await titles(outsider, "防汛")).toEqual(["司法局防汛值班表"]);
    expect(await titles(clerk, "值班表")).toEqual([]);
    expect(await titles(clerk, "  ")).toEqual(["农村低保资金发放情况", "小陶镇防汛应急预案"]);
  });
});

describe("sameDocNo", () => {
  it("lists the body's other items with the same 文号, never another body's", async () => {
    const first = await db.item.findFirstOrThrow({ where: { title: "小陶镇防汛应急预案" } });
    expect(await sameDocNo(first)).toEqual([]);
    const second = await createItem(clerk, input({ title: "防汛应急预案（更正）", docNo: "陶政〔2024〕12号" }));
    await createItem(outsider, input({ title: "司法局文件", docNo: "陶政〔2024〕12号" }));
    expect((await sameDocNo(first)).map((i) => i.title)).toEqual(["防汛应急预案（更正）"]);
    expect((await sameDocNo({ ...first, id: second.id })).map((i) => i.title)).toEqual(["小陶镇防汛应急预案"]);
    expect(await sameDocNo({ ...first, docNo: null })).toEqual([]);
  });
});
