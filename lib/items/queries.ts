import "server-only";
import { db } from "@/lib/db";

/** Newest proactive items visible to the public. */
export function listLatestPublished(limit: number) {
  return db.item.findMany({
    where: { status: "published", disclosure: "proactive", publishedOn: { not: null } },
    orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, title: true, indexNo: true, publishedOn: true, org: { select: { name: true } } },
  });
}
