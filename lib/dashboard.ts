import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { policiesWithoutInterpretation } from "@/lib/items/interpretations";
import { bodiesIn } from "@/lib/organizations/bodies";
import { dashboardScope } from "@/lib/oversight/scope";

export async function dashboardCounts(user: SessionUser) {
  const scope = dashboardScope(user);
  // Raw, with the scope as SQL: an overseer's subtree is a province's 3,000 bodies (lib/organizations/bodies.ts).
  const orgIdIn = bodiesIn(Prisma.sql`"orgId"`, scope);
  const [[counts], uninterpreted] = await Promise.all([
    db.$queryRaw<{ published: unknown; pendingReview: unknown; openRequests: unknown }[]>`
      SELECT (SELECT COUNT(*) FROM "Item" WHERE ${orgIdIn} AND "status" = 'published') AS "published",
        (SELECT COUNT(*) FROM "Item" WHERE ${orgIdIn} AND "status" = 'pending_review') AS "pendingReview",
        (SELECT COUNT(*) FROM "DisclosureRequest" WHERE ${orgIdIn} AND "status" <> 'closed') AS "openRequests"`,
    policiesWithoutInterpretation(scope),
  ]);
  const policiesWithoutInterpretationCount = [...uninterpreted.values()].reduce((a, b) => a + b, 0);
  return {
    published: Number(counts.published),
    pendingReview: Number(counts.pendingReview),
    openRequests: Number(counts.openRequests),
    policiesWithoutInterpretation: policiesWithoutInterpretationCount,
  };
}
