import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { policiesWithoutInterpretation } from "@/lib/items/interpretations";
import { dashboardScope } from "@/lib/oversight/scope";

export async function dashboardCounts(user: SessionUser) {
  const scope = await dashboardScope(user);
  const org = scope === null ? {} : { orgId: { in: scope } };
  const [published, pendingReview, openRequests, uninterpreted] = await Promise.all([
    db.item.count({ where: { ...org, status: "published" } }),
    db.item.count({ where: { ...org, status: "pending_review" } }),
    db.disclosureRequest.count({ where: { ...org, status: { not: "closed" } } }),
    policiesWithoutInterpretation(scope),
  ]);
  const policiesWithoutInterpretationCount = [...uninterpreted.values()].reduce((a, b) => a + b, 0);
  return { published, pendingReview, openRequests, policiesWithoutInterpretation: policiesWithoutInterpretationCount };
}
