import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { ItemInput } from "@/lib/items/schema";

// Fixtures shared by the items' unit tests: a whole ItemInput with the form's plain defaults, and the two
// organisations (a township and a bureau) with one category that the item tests work in.

/** An item as the form sends it when only the given fields are filled (the rest at their empty defaults). */
export const itemInput = (over: Partial<ItemInput> & Pick<ItemInput, "categoryId">): ItemInput => ({
  title: "",
  docNo: null,
  genre: "other",
  disclosure: "proactive",
  withheldReason: null,
  issuer: null,
  createdOn: "2024-03-01",
  publishedOn: null,
  validity: "valid",
  abolishedOn: null,
  channels: ["website"],
  summary: null,
  body: "",
  ...over,
});

/** 小陶镇 (with its clerk) and 永安市司法局, and the category 民政. */
export async function seedTownAndBureau() {
  const org = await db.organization.create({ data: { code: "xt", name: "小陶镇人民政府", indexPrefix: "003680183" } });
  const other = await db.organization.create({ data: { code: "sfj", name: "永安市司法局", indexPrefix: "003680047" } });
  const categoryId = (await db.category.create({ data: { code: "civil-affairs", name: "民政", sortOrder: 1 } })).id;
  const clerk: SessionUser = { id: "u1", username: "clerk", name: "办事员", role: "CLERK", orgId: org.id };
  return { org, other, categoryId, clerk };
}
