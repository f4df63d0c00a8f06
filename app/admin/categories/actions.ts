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

export const createCategoryAction = action("category.manage", categoryCreateSchema, (input, user) => createCategory(user, input));
export const renameCategoryAction = action("category.manage", categoryRenameSchema, (input, user) => renameCategory(user, input));
export const moveCategoryAction = action("category.manage", categoryMoveSchema, (input, user) => moveCategory(user, input));
export const retireCategoryAction = action("category.manage", categoryRetireSchema, (input, user) => setCategoryRetired(user, input));
