"use client";

import { useRouter } from "next/navigation";
import { ActionForm, Field, inputClass, secondaryButtonClass } from "@/components/ui/form";
import { ATTACHMENT_ACCEPT, ATTACHMENT_TYPES_LABEL, MAX_ATTACHMENT_LABEL } from "@/lib/items/file-type";
import { addAttachmentAction, removeAttachmentAction } from "../actions";

export function AttachmentForm({ itemId }: { itemId: string }) {
  const router = useRouter();
  return (
    <ActionForm
      action={addAttachmentAction}
      submitLabel="上传附件"
      pendingLabel="正在上传…"
      successMessage="附件已上传。"
      resetOnSuccess
      onSuccess={() => router.refresh()}
      className="space-y-2 rounded border border-gray-300 bg-white p-3"
      submitClassName={secondaryButtonClass}
    >
      <input type="hidden" name="itemId" value={itemId} />
      <Field name="file" label="选择文件" hint={`${ATTACHMENT_TYPES_LABEL}，单个文件不超过 ${MAX_ATTACHMENT_LABEL}`}>
        {(p) => <input {...p} type="file" accept={ATTACHMENT_ACCEPT} className={inputClass} />}
      </Field>
    </ActionForm>
  );
}

export function RemoveAttachmentButton({ id, fileName }: { id: string; fileName: string }) {
  const router = useRouter();
  return (
    <ActionForm
      action={removeAttachmentAction}
      submitLabel={`删除“${fileName}”`}
      pendingLabel="正在删除…"
      confirm={`确定删除附件“${fileName}”吗？`}
      onSuccess={() => router.refresh()}
      className="ml-2 inline-flex flex-wrap items-center gap-2"
      submitClassName="rounded border border-gray-500 bg-white px-2 text-sm hover:bg-gray-100 disabled:opacity-60"
    >
      <input type="hidden" name="id" value={id} />
    </ActionForm>
  );
}
