import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { itemInput, seedTownAndBureau } from "@/test/item-fixtures";
import { interpretationLinks, parseIndexNos, policiesWithoutInterpretation, setInterpretedPolicies } from "./interpretations";
import { approveItem, createItem, submitItem } from "./mutations";

let clerk: SessionUser;
let supervisor: SessionUser;
let orgId: string;
let categoryId: string;

beforeAll(async () => {
  const seeded = await seedTownAndBureau();
  ({ clerk, categoryId } = seeded);
  orgId = seeded.org.id;
  supervisor = { id: "u2", username: "supervisor", name: "审核人", role: "SUPERVISOR", orgId };
});

async function published(title: string, genre: "normative" | "other") {
  const saved = await createItem(clerk, itemInput({ title, genre, categoryId, publishedOn: "2024-03-02" }));
  const submitted = await submitItem(clerk, saved);
  // The approval dates it 2024-03-02 with a reason (by default it would be today).
  return approveItem(supervisor, { ...submitted, publishedOn: "2024-03-02", reason: "测试：按原公开日期" });
}
const indexNo = async (id: string) => (await db.item.findUniqueOrThrow({ where: { id } })).indexNo;

it("reads 索引号 separated by commas, spaces, 、 or lines, once each", () => {
  expect(parseIndexNos("A/2024-00001，A/2024-00002、A/2024-00001\nA/2024-00003 ")).toEqual(["A/2024-00001", "A/2024-00002", "A/2024-00003"]);
});

describe("政策解读", () => {
  it("links a 解读 to its policies both ways, and counts the policies still without one", async () => {
    const policy = await published("关于印发农村低保实施办法的通知", "normative");
    const other = await published("关于印发临时救助办法的通知", "normative");
    expect((await policiesWithoutInterpretation({ ids: [orgId] })).get(orgId)).toBe(2);
    expect((await policiesWithoutInterpretation({ ids: [orgId] }, 2024)).get(orgId)).toBe(2);
    expect((await policiesWithoutInterpretation({ ids: [orgId] }, 2023)).get(orgId)).toBeUndefined();

    const draft = await createItem(clerk, itemInput({ title: "《农村低保实施办法》解读", categoryId }));
    await setInterpretedPolicies(clerk, { itemId: draft.id, indexNos: await indexNo(policy.id) });
    expect((await interpretationLinks(policy.id)).interpretedBy.map((i) => i.id)).toEqual([draft.id]);
    expect((await interpretationLinks(draft.id)).interprets.map((i) => i.id)).toEqual([policy.id]);
    // A draft 解读 is not out yet: neither counted nor shown to the public.
    expect((await policiesWithoutInterpretation({ ids: [orgId] })).get(orgId)).toBe(2);
    expect((await interpretationLinks(policy.id, true)).interpretedBy).toEqual([]);

    const approved = await approveItem(supervisor, await submitItem(clerk, { id: draft.id, version: (await db.item.findUniqueOrThrow({ where: { id: draft.id } })).version }));
    expect(approved.id).toBe(draft.id);
    expect((await policiesWithoutInterpretation({ ids: [orgId] })).get(orgId)).toBe(1);
    expect((await interpretationLinks(policy.id, true)).interpretedBy.map((i) => i.id)).toEqual([draft.id]);
    expect((await interpretationLinks(other.id)).interpretedBy).toEqual([]);
  });

  it("refuses what is not a policy of the body, and audits the change", async () => {
    const note = await published("工作动态", "other");
    const draft = await createItem(clerk, itemInput({ title: "某解读", categoryId }));
    const refusal = await setInterpretedPolicies(clerk, { itemId: draft.id, indexNos: `${await indexNo(note.id)}, NOPE-1` }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).message).toBe(`索引号 ${await indexNo(note.id)} 不是规章或行政规范性文件；索引号 NOPE-1 不是本机关的信息`);
    await setInterpretedPolicies(clerk, { itemId: draft.id, indexNos: "" });
    expect(await db.auditLog.count({ where: { action: "item.interpretation", entityId: draft.id } })).toBe(1);
  });
});
