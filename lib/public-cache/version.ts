import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The public-content version (the one `PublicContent` row). Every write that changes what a public page shows calls
 * `publicContentChanged(tx)` inside its own transaction, so the new version becomes visible together with the
 * change: the page cache (lib/public-cache/server-cache.ts) keys pages by it, and any instance's next request reads
 * the new number and renders afresh. One global number, not one per body: a publish by any body empties every
 * instance's cache (see docs/ARCHITECTURE.md, "Public-page cache", for why that is good enough).
 */
export async function publicContentChanged(tx: Prisma.TransactionClient): Promise<void> {
  // upsert, not update: a database emptied by a test helper has no row until the first write.
  await tx.publicContent.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } } });
}

/** The current version as Prisma sees it (the server reads it on its own connection, lib/public-cache/version-reader.ts). */
export async function publicContentVersion(client: Pick<Prisma.TransactionClient, "publicContent">): Promise<number> {
  return (await client.publicContent.findUnique({ where: { id: 1 }, select: { version: true } }))?.version ?? 0;
}

/**
 * The version this render reads, once per request. Next's data caches of what public pages share (site settings,
 * catalogue counts) are keyed by it, so a page rendered on any instance after a write never shows their old copy.
 */
export const renderVersion = cache(() => publicContentVersion(db));
