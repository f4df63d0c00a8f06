import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordId } from "@/lib/validation";
import { publicContentChanged } from "@/lib/public-cache/version";

/** 主题分类 are shared by every organisation. Retiring hides a category from new items; old items keep it. */

const name = z.string({ error: "请填写分类名称" }).trim().min(1, "请填写分类名称").max(40, "分类名称不能超过 40 个字");
const id = recordId();

export const categoryCreateSchema = z.object({
  code: z
    .string({ error: "请填写分类代码" })
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "分类代码须为 2–40 位小写字母、数字或连字符，如 civil-affairs"),
  name,
});
export const categoryRenameSchema = z.object({ id, name });
export const categoryMoveSchema = z.object({ id, direction: z.enum(["up", "down"]) });
export const categoryRetireSchema = z.object({ id, retired: z.enum(["true", "false"]).transform((v) => v === "true") });

export function listCategories() {
  return db.category.findMany({ orderBy: { sortOrder: "asc" }, include: { _count: { select: { items: true } } } });
}

/** The categories a form offers: those in use, plus the item's own even if retired since. */
export function listSelectableCategories(currentId?: string) {
  return db.category.findMany({
    where: { OR: [{ retired: false }, ...(currentId ? [{ id: currentId }] : [])] },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true, retired: true },
  });
}

export async function createCategory(user: SessionUser, input: z.infer<typeof categoryCreateSchema>) {
  return db.$transaction(async (tx) => {
    if (await tx.category.findUnique({ where: { code: input.code } }))
      throw new DomainError("分类代码已被使用。", { code: ["分类代码已被使用，请换一个"] });
    const last = await tx.category.aggregate({ _max: { sortOrder: true } });
    const category = await tx.category.create({ data: { ...input, sortOrder: (last._max.sortOrder ?? 0) + 1 } });
    await publicContentChanged(tx);
    await audit(user, { action: "category.create", entity: "Category", entityId: category.id, after: input }, tx);
    return { id: category.id };
  });
}

async function changeCategory(user: SessionUser, categoryId: string, action: string, data: { name?: string; retired?: boolean }) {
  return db.$transaction(async (tx) => {
    const before = await tx.category.findUnique({ where: { id: categoryId } });
    if (!before) throw new DomainError("分类不存在。");
    await tx.category.update({ where: { id: categoryId }, data });
    await publicContentChanged(tx);
    await audit(user, { action, entity: "Category", entityId: categoryId, before: { name: before.name, retired: before.retired }, after: data }, tx);
    return { id: categoryId };
  });
}

export const renameCategory = (user: SessionUser, input: z.infer<typeof categoryRenameSchema>) =>
  changeCategory(user, input.id, "category.rename", { name: input.name });

export const setCategoryRetired = (user: SessionUser, input: z.infer<typeof categoryRetireSchema>) =>
  changeCategory(user, input.id, input.retired ? "category.retire" : "category.restore", { retired: input.retired });

/** Swaps the category with its neighbour in display order. */
export async function moveCategory(user: SessionUser, input: z.infer<typeof categoryMoveSchema>) {
  return db.$transaction(async (tx) => {
    const category = await tx.category.findUnique({ where: { id: input.id } });
    if (!category) throw new DomainError("分类不存在。");
    const neighbour = await tx.category.findFirst({
      where: { sortOrder: input.direction === "up" ? { lt: category.sortOrder } : { gt: category.sortOrder } },
      orderBy: { sortOrder: input.direction === "up" ? "desc" : "asc" },
    });
    if (!neighbour) return { id: category.id };
    await tx.category.update({ where: { id: category.id }, data: { sortOrder: neighbour.sortOrder } });
    await tx.category.update({ where: { id: neighbour.id }, data: { sortOrder: category.sortOrder } });
    await publicContentChanged(tx);
    await audit(user, { action: "category.move", entity: "Category", entityId: category.id, before: { sortOrder: category.sortOrder }, after: { sortOrder: neighbour.sortOrder } }, tx);
    return { id: category.id };
  });
}
