import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { approveItem, createItem, submitItem, updateItem, withdrawItem } from "@/lib/items/mutations";
import { updateOrganization } from "@/lib/organizations/queries";
import { itemInput, seedTownAndBureau } from "@/test/item-fixtures";
import { publicContentVersion } from "./version";

let clerk: SessionUser;
let supervisor: SessionUser;
let categoryId: string;
let orgId: string;

beforeAll(async () => {
  const seeded = await seedTownAndBureau();
  ({ categoryId, clerk } = seeded);
  orgId = seeded.org.id;
  supervisor = { id: "u2", username: "supervisor", name: "审核人", role: "SUPERVISOR", orgId };
});

const version = () => publicContentVersion(db);

describe("the public-content version", () => {
  it("stays while only drafts change, and moves with every change the public sees, in the writer's transaction", async () => {
    const start = await version();
    let ref = await createItem(clerk, itemInput({ title: "草稿", body: "正文。", categoryId }));
    ref = await updateItem(clerk, { ...itemInput({ title: "草稿二", body: "正文。", categoryId }), ...ref });
    ref = await submitItem(clerk, ref);
    expect(await version()).toBe(start);
    ref = await approveItem(supervisor, ref);
    expect(await version()).toBe(start + 1);
    await withdrawItem(supervisor, { ...ref, reason: "内容有误，需要撤回修改", cause: "correction" });
    expect(await version()).toBe(start + 2);
    const org = await db.organization.findUniqueOrThrow({ where: { id: orgId } });
    const blank = { officeName: null, address: null, postcode: null, phone: null, email: null, website: null, officeHours: null };
    await updateOrganization(supervisor, { id: orgId, indexPrefix: org.indexPrefix, indexPattern: org.indexPattern, ...blank, guide: "新的指南" });
    expect(await version()).toBe(start + 3);
  });
});
