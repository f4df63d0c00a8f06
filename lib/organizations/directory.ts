import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { likePattern } from "@/lib/items/search";
import { ORG_KINDS, type OrgKind } from "./codes";
import { ORGANIZATION_FIELDS } from "./fields";

// The public 机构导航: a platform may hold thousands of bodies, so no page lists them all — a page shows one
// node's children (grouped by kind), or the bodies whose name matches a search, each bounded.

/** At most this many children of one node, or search results, on a page (a county has a few dozen). */
export const DIRECTORY_LIMIT = 200;

export type DirectoryEntry = { id: string; code: string; name: string; kind: OrgKind; childCount: number; parentName: string | null };

const ENTRY = Prisma.sql`o."id", o."code", o."name", o."kind", p."name" AS "parentName",
  (SELECT count(*) FROM "Organization" c WHERE c."parentId" = o."id") AS "childCount"`;

type EntryRow = Omit<DirectoryEntry, "childCount" | "kind"> & { kind: string; childCount: number | bigint };
const entries = (rows: EntryRow[]): DirectoryEntry[] =>
  rows.map((r) => ({ ...r, kind: r.kind as OrgKind, childCount: Number(r.childCount) }));

/** The children of a node (the roots when parentId is null), by kind in the order of ORG_KINDS, then by code. */
export async function childrenOf(parentId: string | null): Promise<DirectoryEntry[]> {
  const rows = await db.$queryRaw<EntryRow[]>`SELECT ${ENTRY}
    FROM "Organization" o LEFT JOIN "Organization" p ON p."id" = o."parentId"
    WHERE ${parentId === null ? Prisma.sql`o."parentId" IS NULL` : Prisma.sql`o."parentId" = ${parentId}`}
    ORDER BY o."kind", o."code" LIMIT ${DIRECTORY_LIMIT + 1}`;
  return entries(rows);
}

/** Bodies whose name contains the words typed (every word), shortest name first: the body itself before its parts. */
export async function searchOrganizations(q: string): Promise<DirectoryEntry[]> {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 5);
  if (words.length === 0) return [];
  const rows = await db.$queryRaw<EntryRow[]>`SELECT ${ENTRY}
    FROM "Organization" o LEFT JOIN "Organization" p ON p."id" = o."parentId"
    WHERE ${Prisma.join(words.map((w) => Prisma.sql`o."name" LIKE ${likePattern(w)} ESCAPE '\\'`), " AND ")}
    ORDER BY length(o."name"), o."code" LIMIT ${DIRECTORY_LIMIT + 1}`;
  return entries(rows);
}

/** Entries grouped by kind, in the order of ORG_KINDS; empty groups left out. */
export function groupByKind(list: DirectoryEntry[]): { kind: OrgKind; label: string; entries: DirectoryEntry[] }[] {
  return (Object.keys(ORG_KINDS) as OrgKind[])
    .map((kind) => ({ kind, label: ORG_KINDS[kind], entries: list.filter((e) => e.kind === kind) }))
    .filter((group) => group.entries.length > 0);
}

/** A body as its public section shows it, with its ancestors (root first), or null when there is none. */
export const publicOrganization = cache(async (code: string) => {
  const org = await db.organization.findUnique({
    where: { code },
    select: {
      ...ORGANIZATION_FIELDS,
      kind: true,
      parentId: true,
    },
  });
  if (!org) return null;
  const [ancestors, extras] = await Promise.all([
    ancestorsOf(org.id),
    db.setting.findMany({ where: { key: { in: [`org.${org.id}.officeHours`, `org.${org.id}.guide`] } } }),
  ]);
  const extra = (key: string) => extras.find((s) => s.key === `org.${org.id}.${key}`)?.value ?? null;
  return { ...org, kind: org.kind as OrgKind, ancestors, officeHours: extra("officeHours"), guide: extra("guide") };
});

/** The ancestors of a body, root first (one recursive query; the same on SQLite and PostgreSQL). */
async function ancestorsOf(id: string): Promise<{ code: string; name: string }[]> {
  const rows = await db.$queryRaw<{ code: string; name: string; depth: number | bigint }[]>`
    WITH RECURSIVE up("id", "parentId", "code", "name", "depth") AS (
      SELECT o."id", o."parentId", o."code", o."name", 0 FROM "Organization" o WHERE o."id" = ${id}
      UNION ALL
      SELECT p."id", p."parentId", p."code", p."name", up."depth" + 1 FROM "Organization" p JOIN up ON p."id" = up."parentId"
      WHERE up."depth" < 20
    )
    SELECT "code", "name", "depth" FROM up WHERE "depth" > 0 ORDER BY "depth" DESC`;
  return rows.map(({ code, name }) => ({ code, name }));
}
