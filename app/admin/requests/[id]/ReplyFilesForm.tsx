"use client";

import { useRouter } from "next/navigation";
import { ActionForm, Field, inputClass, secondaryButtonClass } from "@/components/ui/form";
import { ATTACHMENT_ACCEPT, ATTACHMENT_TYPES_LABEL, MAX_ATTACHMENT_LABEL } from "@/lib/items/file-type";
import { replyFilesAction } from "../actions";

/** The 答复书 as sent and the information provided, for the applicant to download on /track. */
export function ReplyFilesForm({ requestId }: { requestId: string }) {
  const router = useRouter();
  return (
    <ActionForm
      action={replyFilesAction}
      submitLabel="上传答复文件"
      pendingLabel="正在上传…"
      successMessage="答复文件已上传，申请人可在申请查询页面下载。"
      resetOnSuccess
      onSuccess={() => router.refresh()}
      className="max-w-xl space-y-2 rounded border border-gray-300 bg-white p-3"
      submitClassName={secondaryButtonClass}
    >
      <input type="hidden" name="requestId" value={requestId} />
      <Field name="files" label="答复文件" hint={`${ATTACHMENT_TYPES_LABEL}，每个不超过 ${MAX_ATTACHMENT_LABEL}`}>
        {(p) => <input {...p} type="file" multiple accept={ATTACHMENT_ACCEPT} className={inputClass} />}
      </Field>
    </ActionForm>
  );
}
