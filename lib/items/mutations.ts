import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { todayInChina } from "@/lib/dates";
import { db } from "@/lib/db";
import { ConflictError, DomainError } from "@/lib/errors";
import type { Item, Prisma } from "@/lib/generated/prisma/client";
import { labelOf } from "@/lib/labels";
import { canAccessOrg } from "@/lib/permissions";
import { nextIndexNo } from "./index-number";
import { indexPendingPairs } from "./pair-index";
import { canDiscardItem, canEditItem, canManagePublishedItem, canReviewItem, canSubmitItem, type ItemRef } from "./policy";
import type { ItemApproveInput, ItemInput, ItemUpdateInput } from "./schema";
import { FINDING_KINDS, FINDING_SOURCES, type WithdrawalCause } from "./vetting/kinds";
import { approvalPublishedOn, selfApproval, settle } from "./vetting/record";
import { scanItem } from "./vetting/review";
import { publicContentChanged } from "@/lib/public-cache/version";

const NOT_FOUND = "信息不存在或您无权访问。";

type Tx = Prisma.TransactionClient;
export type ItemSaved = { id: string; version: number };

/** Only what changed, so the audit log reads as a list of edits rather than two copies of the record. */
function changedFields(before: Item, after: Item) {
  const keys = (Object.keys(after) as (keyof Item)[]).filter(
    (k) => k !== "updatedAt" && k !== "version" && String(before[k]) !== String(after[k]),
  );
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k]])),
    after: Object.fromEntries(keys.map((k) => [k, after[k]])),
  };
}

/** A category may be chosen while in use; a retired one only by the items that already had it. */
async function checkCategory(tx: Tx, categoryId: string, current?: string) {
  const category = await tx.category.findUnique({ where: { id: categoryId } });
  if (!category || (category.retired && category.id !== current))
    throw new DomainError("提交的内容有误，请按提示修改。", { categoryId: ["该主题分类不存在或已停用"] });
}

function fields(input: ItemInput) {
  return {
    title: input.title,
    docNo: input.docNo,
    categoryId: input.categoryId,
    genre: input.genre,
    disclosure: input.disclosure,
    withheldReason: input.disclosure === "withheld" ? input.withheldReason : null,
    issuer: input.issuer,
    createdOn: input.createdOn,
    publishedOn: input.publishedOn,
    validity: input.validity,
    abolishedOn: input.validity === "valid" ? null : input.abolishedOn,
    channels: input.channels.join(","),
    summary: input.summary,
    body: input.body,
  };
}

/** Logs a new item as a draft of the user's organisation, with the next 索引号 of its 成文日期's year. */
export function createItem(user: SessionUser, input: ItemInput): Promise<ItemSaved> {
  return db.$transaction((tx) => insertItem(tx, user, input));
}

/** createItem inside the caller's transaction (the Excel import writes all its rows in one). */
export async function insertItem(tx: Tx, user: SessionUser, input: ItemInput): Promise<ItemSaved & { indexNo: string }> {
  if (!user.orgId) throw new DomainError("您的账号不属于任何机关，不能登记政府信息。");
  const orgId = user.orgId;
  await checkCategory(tx, input.categoryId);
  const org = await tx.organization.findUniqueOrThrow({ where: { id: orgId } });
  // Inside the transaction, so two clerks saving at once never get the same number.
  const indexNo = await nextIndexNo(tx, org, Number(input.createdOn.slice(0, 4)));
  const item = await tx.item.create({ data: { ...fields(input), orgId, indexNo, status: "draft", createdById: user.id } });
  await indexPendingPairs(tx);
  await audit(user, { action: "item.create", entity: "Item", entityId: item.id, orgId, after: item }, tx);
  return { id: item.id, version: item.version, indexNo };
}

const shownToPublic = (status: string) => status === "published" || status === "withdrawn";

/**
 * The one path for changing an item: load it, check organisation, version and permission, write with the
 * version as a guard (so a concurrent writer in another process cannot be overwritten either), audit.
 */
async function changeItem(
  user: SessionUser,
  ref: { id: string; version: number },
  rule: { allowed: (user: SessionUser, item: ItemRef) => boolean; refusal: string; action: string; comment?: string },
  change: (item: Item, tx: Tx) => Promise<Prisma.ItemUncheckedUpdateManyInput>,
): Promise<ItemSaved> {
  return db.$transaction(async (tx) => {
    const item = await tx.item.findUnique({ where: { id: ref.id } });
    if (!item || !canAccessOrg(user, item.orgId)) throw new DomainError(NOT_FOUND);
    if (item.version !== ref.version) throw new ConflictError();
    if (!rule.allowed(user, item)) throw new DomainError(rule.refusal);
    const data = await change(item, tx);
    const { count } = await tx.item.updateMany({
      where: { id: item.id, version: item.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError();
    await indexPendingPairs(tx);
    const updated = await tx.item.findUniqueOrThrow({ where: { id: item.id } });
    // What the public sees changes when a published or withdrawn item changes, or an item becomes one.
    if (shownToPublic(item.status) || shownToPublic(updated.status)) await publicContentChanged(tx);
    const diff = changedFields(item, updated);
    await audit(
      user,
      { action: rule.action, entity: "Item", entityId: item.id, orgId: item.orgId, before: diff.before, after: { ...diff.after, ...(rule.comment ? { comment: rule.comment } : {}) } },
      tx,
    );
    return { id: item.id, version: updated.version };
  });
}

export function updateItem(user: SessionUser, input: ItemUpdateInput) {
  return changeItem(
    user,
    input,
    { allowed: canEditItem, refusal: "该信息当前状态下不能修改（已提交审核或已撤回）。", action: "item.update" },
    async (item, tx) => {
      await checkCategory(tx, input.categoryId, item.categoryId);
      if (item.status === "published" && input.disclosure === "proactive" && !input.publishedOn)
        throw new DomainError("提交的内容有误，请按提示修改。", { publishedOn: ["已发布的主动公开信息须有公开日期"] });
      return fields(input);
    },
  );
}

export function submitItem(user: SessionUser, ref: ItemSaved) {
  return changeItem(
    user,
    ref,
    { allowed: canSubmitItem, refusal: "只有草稿可以提交审核。", action: "item.submit" },
    async () => ({ status: "pending_review", reviewComment: null, submittedById: user.id }),
  );
}

/**
 * Discards a draft that was never published: it leaves the lists and the report, stays in the records (audited),
 * and its 索引号 is not given again (IndexSequence never goes back).
 */
export function discardItem(user: SessionUser, ref: ItemSaved) {
  return changeItem(
    user,
    ref,
    { allowed: canDiscardItem, refusal: "只有从未发布的草稿可以作废。", action: "item.discard" },
    async () => ({ status: "discarded" }),
  );
}

/** Where the platform keeps its one-person-office switch (a site setting, lib/site.ts; read live, never cached). */
export const SELF_APPROVAL_SETTING = "site.allowSelfApproval";

/**
 * Publishes after the 保密审查: the item is scanned afresh (what is approved is what was scanned: the write is
 * guarded by the version the scan read), every finding must be confirmed with a reason (or the item returned and
 * edited), the approver may not be the author or submitter unless the platform allows it, and the 公开日期 is today
 * (China) unless another date is given with a reason. The record is kept with the item (ItemVetting).
 */
export async function approveItem(user: SessionUser, input: ItemSaved & Partial<ItemApproveInput>) {
  const found = await db.item.findUnique({ where: { id: input.id }, include: { attachments: { orderBy: { createdAt: "asc" } } } });
  if (!found || !canAccessOrg(user, found.orgId)) throw new DomainError(NOT_FOUND);
  if (found.version !== input.version) throw new ConflictError();
  const scan = await scanItem(found);
  const { settled, open } = settle(scan.findings, input.confirmations ?? []);
  if (open.length > 0)
    throw new DomainError(`保密审查发现 ${open.length} 处问题尚未处理：请退回修改，或逐条填写可以公开的理由后再发布。`, {
      findings: open.map((f) => `${labelOf(FINDING_KINDS, f.kind)} ${f.preview}（${labelOf(FINDING_SOURCES, f.source)}${f.sourceName ? `：${f.sourceName}` : ""}）`),
    });
  return changeItem(
    user,
    input,
    { allowed: canReviewItem, refusal: "只有待审核的信息可以审核发布。", action: "item.publish" },
    async (item, tx) => {
      const allowed = (await tx.setting.findUnique({ where: { key: SELF_APPROVAL_SETTING } }))?.value === "allow";
      const self = selfApproval(user.id, item, allowed);
      if (self === null) throw new DomainError("不能审核发布自己起草或提交的信息，请由另一位审核人审核（四眼原则）。");
      const date = item.disclosure === "proactive" ? approvalPublishedOn(todayInChina(), item.createdOn, input) : { publishedOn: item.publishedOn, reason: null };
      if ("error" in date) throw new DomainError("提交的内容有误，请按提示修改。", { [date.field]: [date.error] });
      await tx.itemVetting.create({
        data: {
          itemId: item.id,
          reviewerId: user.id,
          reviewer: user.username,
          authorId: item.createdById,
          sources: JSON.stringify(scan.sources),
          findings: JSON.stringify(settled),
          selfApproved: self,
          publishedOn: date.publishedOn,
          publishedOnReason: date.reason,
        },
      });
      return { status: "published", reviewComment: null, publishedOn: date.publishedOn };
    },
  );
}

export function returnItem(user: SessionUser, ref: ItemSaved & { comment: string }) {
  return changeItem(
    user,
    ref,
    { allowed: canReviewItem, refusal: "只有待审核的信息可以退回。", action: "item.return", comment: ref.comment },
    async () => ({ status: "draft", reviewComment: ref.comment }),
  );
}

/** Withdraws with a cause; 泄密 and 个人信息 hide the item's title and metadata from the public (hidesFromPublic). */
export function withdrawItem(user: SessionUser, ref: ItemSaved & { reason: string; cause: WithdrawalCause }) {
  return changeItem(
    user,
    ref,
    { allowed: canManagePublishedItem, refusal: "只有已发布的信息可以撤回。", action: "item.withdraw" },
    async () => ({ status: "withdrawn", withdrawnReason: ref.reason, withdrawnCause: ref.cause }),
  );
}

export function markItemValidity(user: SessionUser, ref: ItemSaved & { validity: "abolished" | "expired"; abolishedOn: string }) {
  return changeItem(
    user,
    ref,
    { allowed: canManagePublishedItem, refusal: "只有已发布的信息可以标记废止或失效。", action: "item.validity" },
    async (item) => {
      if (ref.abolishedOn < item.createdOn)
        throw new DomainError("提交的内容有误，请按提示修改。", { abolishedOn: ["废止/失效日期不能早于成文日期"] });
      return { validity: ref.validity, abolishedOn: ref.abolishedOn };
    },
  );
}
