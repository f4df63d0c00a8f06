import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// Prisma splits an `in` list longer than the database's bind-variable limit into several statements, which it
// cannot do under a sort with take or in a groupBy. The oversight console passes a province's 3,000 body ids.
describe("large IN lists", () => {
  const ids = Array.from({ length: 3_000 }, (_, i) => `missing-${i}`);

  it("run as one statement: sorted, limited and grouped over 3,000 ids", async () => {
    const org = await db.organization.create({ data: { code: "big-in", name: "测试机关", indexPrefix: "T99" } });
    const all = [...ids, org.id];
    expect(await db.organization.findMany({ where: { id: { in: all } }, orderBy: { code: "asc" }, take: 1, select: { code: true } })).toEqual([{ code: "big-in" }]);
    expect(await db.organization.count({ where: { id: { in: all } } })).toBe(1);
    expect(await db.item.groupBy({ by: ["orgId"], where: { orgId: { in: all } }, _max: { publishedOn: true } })).toEqual([]);
  });
});
