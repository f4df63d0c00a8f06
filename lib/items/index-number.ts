import type { Prisma } from "@/lib/generated/prisma/client";

export const DEFAULT_INDEX_PATTERN = "{前缀}/{年份}-{5位流水}";

/** Fills an organisation's 索引号 pattern: {前缀}, {年份}, {N位流水} (serial zero-padded to N digits). */
export function formatIndexNo(pattern: string, parts: { prefix: string; year: number; serial: number }): string {
  return pattern
    .replaceAll("{前缀}", parts.prefix)
    .replaceAll("{年份}", String(parts.year))
    .replace(/\{(\d+)位流水\}/g, (_, digits: string) => String(parts.serial).padStart(Number(digits), "0"));
}

/** A pattern is usable when it has a serial placeholder, so every number it makes is distinct. */
export function isValidIndexPattern(pattern: string): boolean {
  return /\{\d+位流水\}/.test(pattern) && pattern.length <= 64;
}

/**
 * The next unused 索引号 for an organisation and year. The per-year counter only moves forward, so a number
 * is never handed out twice, and numbers already taken (e.g. imported ones) are skipped.
 */
export async function nextIndexNo(
  tx: Prisma.TransactionClient,
  org: { id: string; indexPrefix: string; indexPattern: string },
  year: number,
): Promise<string> {
  for (;;) {
    const sequence = await tx.indexSequence.upsert({
      where: { orgId_year: { orgId: org.id, year } },
      create: { orgId: org.id, year, last: 1 },
      update: { last: { increment: 1 } },
    });
    const indexNo = formatIndexNo(org.indexPattern, { prefix: org.indexPrefix, year, serial: sequence.last });
    const taken = await tx.item.findUnique({ where: { orgId_indexNo: { orgId: org.id, indexNo } }, select: { id: true } });
    if (!taken) return indexNo;
  }
}
