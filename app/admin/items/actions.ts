"use server";

import { z } from "zod";
import { action } from "@/lib/action";
import { addAttachment, removeAttachment } from "@/lib/items/attachments";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_LABEL } from "@/lib/items/file-type";
import { setInterpretedPolicies } from "@/lib/items/interpretations";
import { catalogueChanged } from "@/lib/items/queries";
import { approveItem, createItem, discardItem, markItemValidity, returnItem, submitItem, updateItem, withdrawItem } from "@/lib/items/mutations";
import { itemApproveSchema, itemReturnSchema, itemSchema, itemStepSchema, itemUpdateSchema, itemValiditySchema, itemWithdrawSchema } from "@/lib/items/schema";
import { recordId } from "@/lib/validation";

export const createItemAction = action("item.edit", itemSchema, (input, user) => createItem(user, input));
export const updateItemAction = action("item.edit", itemUpdateSchema, async (input, user) => catalogueChanged(await updateItem(user, input)));
export const submitItemAction = action("item.edit", itemStepSchema, (input, user) => submitItem(user, input));
export const approveItemAction = action("item.review", itemApproveSchema, async (input, user) => catalogueChanged(await approveItem(user, input)));
export const discardItemAction = action("item.edit", itemStepSchema, (input, user) => discardItem(user, input));
export const returnItemAction = action("item.review", itemReturnSchema, (input, user) => returnItem(user, input));
export const withdrawItemAction = action("item.review", itemWithdrawSchema, async (input, user) => catalogueChanged(await withdrawItem(user, input)));
export const markItemValidityAction = action("item.review", itemValiditySchema, (input, user) => markItemValidity(user, input));

const attachmentSchema = z.object({
  itemId: recordId(),
  file: z
    .instanceof(File, { message: "请选择要上传的文件" })
    .refine((f) => f.size > 0, "请选择要上传的文件")
    .refine((f) => f.size <= MAX_ATTACHMENT_BYTES, `文件不能超过 ${MAX_ATTACHMENT_LABEL}`),
});
export const addAttachmentAction = action("item.edit", attachmentSchema, (input, user) => addAttachment(user, input.itemId, input.file));
export const removeAttachmentAction = action("item.edit", z.object({ id: recordId() }), (input, user) => removeAttachment(user, input.id));

const interpretationSchema = z.object({ itemId: recordId(), indexNos: z.string().max(2000, "最多2000个字符").default("") });
export const setInterpretedPoliciesAction = action("item.edit", interpretationSchema, (input, user) => setInterpretedPolicies(user, input));
