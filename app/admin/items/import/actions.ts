"use server";

import { action } from "@/lib/action";
import { confirmImport, importConfirmSchema, importPreviewSchema, previewImport } from "@/lib/import-xlsx/import";

export const previewItemsImportAction = action("item.edit", importPreviewSchema, (input, user) => previewImport(user, "items", input.file));
export const confirmItemsImportAction = action("item.edit", importConfirmSchema, (input, user) => confirmImport(user, "items", input.file, input));
