import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { orgScope } from "@/lib/permissions";

// What an overseer (政务公开办) oversees: the body it belongs to and every body below it. A platform administrator
// (no organisation) oversees every body. No "server-only": the roll-up runs from scripts/report.ts too.

/** The ids of a body and of every body below it: one recursive query, the same on SQLite and PostgreSQL. */
export async function subtreeIds(rootId: string): Promise<string[]> {
  // The depth bound is a guard only: the tree has no cycle (lib/organizations/tree.ts), and no real tree is 20 deep.
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE "down"("id", "depth") AS (
      SELECT o."id", 0 FROM "Organization" o WHERE o."id" = ${rootId}
      UNION ALL
      SELECT c."id", d."depth" + 1 FROM "Organization" c JOIN "down" d ON c."parentId" = d."id"
      WHERE d."depth" < 20
    )
    SELECT "id" FROM "down"`;
  return rows.map((r) => r.id);
}

export type OversightRoot = { id: string; code: string; name: string };
export type OversightScope = { root: OversightRoot | null; ids: string[] };

/**
 * The bodies a user oversees, narrowed to the subtree of the body `code` when one is given: null when that body
 * does not exist or lies outside the user's subtree (it is "not found", as another body's record is).
 * root is null for the whole platform.
 */
export async function oversightScope(user: Pick<SessionUser, "orgId">, code?: string): Promise<OversightScope | null> {
  const own = user.orgId ? await subtreeIds(user.orgId) : null;
  const root = code
    ? await db.organization.findUnique({ where: { code }, select: { id: true, code: true, name: true } })
    : user.orgId
      ? await db.organization.findUnique({ where: { id: user.orgId }, select: { id: true, code: true, name: true } })
      : null;
  if ((code || user.orgId) && !root) return null;
  if (root && own && !own.includes(root.id)) return null;
  if (!root) return { root: null, ids: (await db.organization.findMany({ select: { id: true } })).map((o) => o.id) };
  return { root, ids: root.id === user.orgId && own ? own : await subtreeIds(root.id) };
}

/** `"orgId" IN (…)` over a scope's ids, for raw statements. */
export function inScope(column: Prisma.Sql, ids: string[]): Prisma.Sql {
  return ids.length === 0 ? Prisma.sql`1 = 0` : Prisma.sql`${column} IN (${Prisma.join(ids)})`;
}

/**
 * The bodies the dashboard counts: an overseer's whole subtree, the own body of anyone else with a body, and null
 * (every body) for a platform administrator.
 */
export async function dashboardScope(user: Pick<SessionUser, "role" | "orgId">): Promise<string[] | null> {
  if (user.role === "OVERSEER" && user.orgId) return subtreeIds(user.orgId);
  const scope = orgScope(user);
  return scope === null ? null : [scope];
}
