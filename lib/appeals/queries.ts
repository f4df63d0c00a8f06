import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { canAccessOrg, orgScope } from "@/lib/permissions";

export type AppealFilter = { state?: "pending" | "closed" };

/** Cases of the user's organisation (every organisation for a platform admin), newest filing first. */
export function listAppeals(user: SessionUser, filter: AppealFilter = {}) {
  const scope = orgScope(user);
  return db.appeal.findMany({
    where: {
      ...(scope === null ? {} : { orgId: scope }),
      ...(filter.state === "pending" ? { closedOn: null } : filter.state === "closed" ? { closedOn: { not: null } } : {}),
    },
    include: { request: { select: { id: true, number: true } }, org: { select: { name: true } } },
    orderBy: [{ filedOn: "desc" }, { number: "asc" }],
    take: 500,
  });
}

/** One case, or null when it does not exist or belongs to another organisation. */
export async function getAppeal(user: SessionUser, id: string) {
  const appeal = await db.appeal.findUnique({ where: { id }, include: { request: { select: { id: true, number: true } } } });
  return appeal && canAccessOrg(user, appeal.orgId) ? appeal : null;
}

/** The cases linked to one request (already checked to be the user's). */
export function appealsOfRequest(requestId: string) {
  return db.appeal.findMany({ where: { requestId }, orderBy: { filedOn: "asc" } });
}
