"use server";

import { action } from "@/lib/action";
import {
  categoryCreateSchema,
  categoryMoveSchema,
  categoryRenameSchema,
  categoryRetireSchema,
  createCategory,
  moveCategory,
  renameCategory,
  setCategoryRetired,
} from "@/lib/items/categories";
import { catalogueChanged } from "@/lib/items/queries";

export const createCategoryAction = action("category.manage", categoryCreateSchema, async (input, user) => catalogueChanged(await createCategory(user, input)));
export const renameCategoryAction = action("category.manage", categoryRenameSchema, async (input, user) => catalogueChanged(await renameCategory(user, input)));
export const moveCategoryAction = action("category.manage", categoryMoveSchema, async (input, user) => catalogueChanged(await moveCategory(user, input)));
export const retireCategoryAction = action("category.manage", categoryRetireSchema, async (input, user) => catalogueChanged(await setCategoryRetired(user, input)));
