import "server-only";
import { db } from "@/lib/db";
import { readStored } from "@/lib/files/stored-file";
import { detectFileType } from "../file-type";
import { extractAttachmentText } from "./extract";
import type { FindingSourceKind } from "./kinds";
import { checkedSources, type CheckedSource, type SettledFinding } from "./record";
import { scanSources, type Finding, type ScanSource } from "./scan";

export type ItemScan = { sources: CheckedSource[]; findings: Finding[] };

type Scannable = { title: string; summary: string | null; body: string; attachments: { fileName: string; storagePath: string }[] };

/**
 * Scans everything the public would read of an item: title, summary, body, each attachment's name and text. Runs
 * outside any transaction (reading a PDF takes a moment); the approval then writes under the version it scanned.
 */
export async function scanItem(item: Scannable): Promise<ItemScan> {
  const sources: (ScanSource | { kind: FindingSourceKind; name: string; note: string })[] = [
    { kind: "title", text: item.title },
    { kind: "summary", text: item.summary ?? "" },
    { kind: "body", text: item.body },
  ];
  for (const attachment of item.attachments) {
    sources.push({ kind: "attachment_name", name: attachment.fileName, text: attachment.fileName });
    // pdf.js refuses a Node Buffer; a plain Uint8Array copy is what every extractor takes.
    const bytes = await readStored(attachment.storagePath).then((b) => new Uint8Array(b)).catch(() => null);
    const extracted = bytes ? await extractAttachmentText(detectFileType(bytes), bytes) : { text: null, reason: "文件缺失，须人工查看" };
    sources.push(
      extracted.text === null
        ? { kind: "attachment", name: attachment.fileName, note: extracted.reason }
        : { kind: "attachment", name: attachment.fileName, text: extracted.text },
    );
  }
  return { sources: checkedSources(sources), findings: scanSources(sources.filter((s): s is ScanSource => "text" in s)) };
}

/** One item's scan by id (the approval form shows the findings before the approver decides). */
export async function scanItemById(id: string): Promise<ItemScan | null> {
  const item = await db.item.findUnique({ where: { id }, include: { attachments: { orderBy: { createdAt: "asc" } } } });
  return item ? scanItem(item) : null;
}

/** The 保密审查 records of an item, newest first, for its admin page. */
export async function listVettings(itemId: string) {
  const rows = await db.itemVetting.findMany({ where: { itemId }, orderBy: { checkedAt: "desc" } });
  return rows.map(({ sources, findings, ...row }) => ({
    ...row,
    sources: JSON.parse(sources) as CheckedSource[],
    findings: JSON.parse(findings) as SettledFinding[],
  }));
}
export type VettingRecord = Awaited<ReturnType<typeof listVettings>>[number];

/** Items re-scanned per page of the bulk re-scan: a batch reads every attachment, so it is kept small. */
export const RESCAN_BATCH = 20;

/**
 * The clean-up the 国办 keeps asking for: published items of the user's organisation (all of them for a platform
 * admin) scanned again, one batch at a time in id order (`after` = the last id of the previous batch), so no more
 * than a batch is ever in memory. Returns the batch's items that have findings and where the next batch starts.
 */
export async function rescanPublished(orgId: string | null, after: string | null) {
  const batch = await db.item.findMany({
    where: { status: "published", ...(orgId === null ? {} : { orgId }), ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: RESCAN_BATCH,
    include: { attachments: { orderBy: { createdAt: "asc" } } },
  });
  const flagged: { id: string; title: string; indexNo: string; findings: Finding[] }[] = [];
  for (const item of batch) {
    const { findings } = await scanItem(item);
    if (findings.length > 0) flagged.push({ id: item.id, title: item.title, indexNo: item.indexNo, findings });
  }
  return { scanned: batch.length, flagged, next: batch.length === RESCAN_BATCH ? batch[batch.length - 1].id : null };
}
