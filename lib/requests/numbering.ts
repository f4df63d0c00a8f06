// No "server-only" here: prisma/seed-requests.ts numbers its demo requests the same way.
import type { Prisma } from "@/lib/generated/prisma/client";

/** 申请编号 "2026-0001": per organisation and year, the next serial after the highest one given so far. */
export async function nextRequestNumber(tx: Prisma.TransactionClient, orgId: string, year: number): Promise<string> {
  const rows = await tx.disclosureRequest.findMany({
    where: { orgId, number: { startsWith: `${year}-` } },
    select: { number: true },
  });
  const serials = rows.map((r) => /^\d{4}-(\d+)$/.exec(r.number)?.[1]).filter(Boolean).map(Number);
  return `${year}-${String(Math.max(0, ...serials) + 1).padStart(4, "0")}`;
}
