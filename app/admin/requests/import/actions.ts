"use server";

import { action } from "@/lib/action";
import { confirmImport, importConfirmSchema, importPreviewSchema, previewImport } from "@/lib/import-xlsx/import";

export const previewRequestsImportAction = action("request.handle", importPreviewSchema, (input, user) => previewImport(user, "requests", input.file));
export const confirmRequestsImportAction = action("request.handle", importConfirmSchema, (input, user) => confirmImport(user, "requests", input.file, input));
