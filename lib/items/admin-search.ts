import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { itemSearchSql } from "@/lib/items/search-sql";

/** At most this many matches are listed; a clerk narrows a broader search with more words or the filters. */
export const ADMIN_SEARCH_LIMIT = 2000;

/**
 * The back office's search: ids of the items of `orgId` (every organisation when null) whose title, 文号, 索引号 or
 * body contain every word of `q`, newest 成文日期 first — the catalogue's search (lib/items/search-sql.ts) without
 * its public-only conditions, so drafts and withdrawn items are found too. Null when `q` has no words.
 */
export async function adminSearchIds(orgId: string | null, q: string): Promise<string[] | null> {
  const search = itemSearchSql(q);
  if (!search) return null;
  const org = orgId === null ? Prisma.sql`1 = 1` : Prisma.sql`i."orgId" = ${orgId}`;
  const from = search.matches ? Prisma.sql`(${search.matches}) m CROSS JOIN "Item" i ON i."id" = m."itemId"` : Prisma.sql`"Item" i`;
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT i."id" FROM ${from} WHERE ${org} AND ${search.rest}
    ORDER BY i."createdOn" DESC, i."id" DESC LIMIT ${ADMIN_SEARCH_LIMIT}`;
  return rows.map((row) => row.id);
}
