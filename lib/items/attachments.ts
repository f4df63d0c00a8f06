import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { readStored, removeStored, storeUploads } from "@/lib/files/stored-file";
import { canEditItem, canViewItem } from "./policy";
import { publicContentChanged } from "@/lib/public-cache/version";

/** Checks and stores one attachment of an item the user may edit. Nothing is kept when anything fails. */
export async function addAttachment(user: SessionUser, itemId: string, file: File) {
  const item = await db.item.findUnique({ where: { id: itemId }, select: { id: true, orgId: true, status: true } });
  if (!item || !canViewItem(user, item)) throw new DomainError("信息不存在或您无权访问。");
  if (!canEditItem(user, item)) throw new DomainError("该信息当前状态下不能添加附件。");
  return storeUploads([file], ([stored]) =>
    db.$transaction(async (tx) => {
      const attachment = await tx.attachment.create({ data: { itemId, ...stored } });
      await publicContentChanged(tx);
      await audit(user, { action: "item.attach", entity: "Item", entityId: itemId, orgId: item.orgId, after: { attachmentId: attachment.id, fileName: attachment.fileName, size: attachment.size } }, tx);
      return { id: attachment.id };
    }),
  );
}

/**
 * Removes an attachment uploaded by mistake, only while its item is a draft: once an item has been submitted,
 * what was reviewed and published stays as it was.
 */
export async function removeAttachment(user: SessionUser, attachmentId: string) {
  const attachment = await db.attachment.findUnique({ where: { id: attachmentId }, include: { item: { select: { id: true, orgId: true, status: true } } } });
  if (!attachment || !canViewItem(user, attachment.item)) throw new DomainError("附件不存在或您无权访问。");
  if (attachment.item.status !== "draft") throw new DomainError("只有草稿的附件可以删除。");
  await db.$transaction(async (tx) => {
    await tx.attachment.delete({ where: { id: attachment.id } });
    await publicContentChanged(tx);
    await audit(user, { action: "item.detach", entity: "Item", entityId: attachment.item.id, orgId: attachment.item.orgId, before: { attachmentId: attachment.id, fileName: attachment.fileName, sha256: attachment.sha256 } }, tx);
  });
  await removeStored(attachment.storagePath);
  return { id: attachment.id };
}

/**
 * An attachment and its bytes for a download, or null. Attachments of published proactive items are public;
 * any other only for the staff of the item's organisation.
 */
export async function readAttachment(user: SessionUser | null, id: string) {
  const attachment = await db.attachment.findUnique({
    where: { id },
    include: { item: { select: { orgId: true, status: true, disclosure: true } } },
  });
  if (!attachment) return null;
  const isPublic = attachment.item.status === "published" && attachment.item.disclosure === "proactive";
  if (!isPublic && !canViewItem(user, attachment.item)) return null;
  const bytes = await readStored(attachment.storagePath);
  return { fileName: attachment.fileName, contentType: attachment.contentType, bytes, isPublic };
}
