import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Sets of bodies in the tree, as SQL: a subtree is read by one recursive statement, the same on SQLite and
// PostgreSQL. No "server-only": the roll-up runs from scripts/report.ts too.

/** The ids of a body and of every body below it: one recursive statement, the same on SQLite and PostgreSQL. */
function subtreeSql(rootId: string): Prisma.Sql {
  // The depth bound is a guard only: the tree has no cycle (lib/organizations/tree.ts), and no real tree is 20 deep.
  return Prisma.sql`
    WITH RECURSIVE "down"("id", "depth") AS (
      SELECT o."id", 0 FROM "Organization" o WHERE o."id" = ${rootId}
      UNION ALL
      SELECT c."id", d."depth" + 1 FROM "Organization" c JOIN "down" d ON c."parentId" = d."id"
      WHERE d."depth" < 20
    )
    SELECT "id" FROM "down"`;
}

export async function subtreeIds(rootId: string): Promise<string[]> {
  return (await db.$queryRaw<{ id: string }[]>(subtreeSql(rootId))).map((r) => r.id);
}

/** Whether the body `id` is `ancestorId` or lies below it: a walk up the tree, never reading the subtree. */
export async function isWithin(id: string, ancestorId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE "up"("id", "parentId", "depth") AS (
      SELECT o."id", o."parentId", 0 FROM "Organization" o WHERE o."id" = ${id}
      UNION ALL
      SELECT p."id", p."parentId", u."depth" + 1 FROM "Organization" p JOIN "up" u ON p."id" = u."parentId"
      WHERE u."depth" < 20
    )
    SELECT "id" FROM "up" WHERE "id" = ${ancestorId}`;
  return rows.length > 0;
}

/**
 * The bodies a statement counts: a body's whole subtree (`subtree: null` is every body) or a list of ids (a page of
 * the console). A subtree stays in SQL as the recursive subquery: a province's 3,000 ids bound one by one cost
 * 15–25 ms of CPU a statement, the subquery ~3 ms (bench, 2026-12-05).
 */
export type Bodies = { subtree: string | null } | { ids: string[] };

/** `column IN (…)` over the bodies, for raw statements. */
export function bodiesIn(column: Prisma.Sql, bodies: Bodies): Prisma.Sql {
  if ("ids" in bodies) return bodies.ids.length === 0 ? Prisma.sql`1 = 0` : Prisma.sql`${column} IN (${Prisma.join(bodies.ids)})`;
  return bodies.subtree === null ? Prisma.sql`1 = 1` : Prisma.sql`${column} IN (${subtreeSql(bodies.subtree)})`;
}

