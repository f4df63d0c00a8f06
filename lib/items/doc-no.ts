import "server-only";
import { db } from "@/lib/db";

/**
 * Other items of the same body that carry this 文号. A 文号 names one document, so a second use is most likely
 * a slip — but a document republished or corrected may share it, so the page warns and never refuses. A discarded
 * draft no longer claims its 文号.
 */
export function sameDocNo(item: { id: string; orgId: string; docNo: string | null }) {
  const docNo = item.docNo?.trim();
  if (!docNo) return Promise.resolve([]);
  return db.item.findMany({
    where: { orgId: item.orgId, docNo, id: { not: item.id }, status: { not: "discarded" } },
    select: { id: true, title: true, indexNo: true },
    orderBy: { createdOn: "asc" },
    take: 10,
  });
}
