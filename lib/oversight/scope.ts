import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isWithin, type Bodies } from "@/lib/organizations/bodies";
import { orgScope } from "@/lib/permissions";

// What an overseer (政务公开办) oversees: the body it belongs to and every body below it. A platform administrator
// (no organisation) oversees every body. No "server-only": the roll-up runs from scripts/report.ts too.

export type OversightRoot = { id: string; code: string; name: string };
export type OversightScope = { root: OversightRoot | null; bodies: Bodies };

/**
 * The bodies a user oversees, narrowed to the subtree of the body `code` when one is given: null when that body
 * does not exist or lies outside the user's subtree (it is "not found", as another body's record is).
 * root is null for the whole platform.
 */
export async function oversightScope(user: Pick<SessionUser, "orgId">, code?: string): Promise<OversightScope | null> {
  const select = { id: true, code: true, name: true } as const;
  const root = code
    ? await db.organization.findUnique({ where: { code }, select })
    : user.orgId
      ? await db.organization.findUnique({ where: { id: user.orgId }, select })
      : null;
  if ((code || user.orgId) && !root) return null;
  if (root && user.orgId && !(await isWithin(root.id, user.orgId))) return null;
  return { root, bodies: { subtree: root?.id ?? null } };
}

/**
 * The bodies the dashboard counts: an overseer's whole subtree, the own body of anyone else with a body, and every
 * body for a platform administrator.
 */
export function dashboardScope(user: Pick<SessionUser, "role" | "orgId">): Bodies {
  if (user.role === "OVERSEER" && user.orgId) return { subtree: user.orgId };
  const scope = orgScope(user);
  return scope === null ? { subtree: null } : { ids: [scope] };
}
