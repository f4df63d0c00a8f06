"use client";

import { useRouter } from "next/navigation";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
import type { NoticeKind, NoticeText } from "@/lib/notices/templates";
import { sendNoticeAction } from "../../../actions";

/** The notice's text, prefilled from the template; sending freezes what the clerk wrote into the ledger. */
export function NoticeEditor({ requestId, version, kind, draft, today }: { requestId: string; version: number; kind: NoticeKind; draft: NoticeText; today: string }) {
  const router = useRouter();
  return (
    <ActionForm
      action={sendNoticeAction}
      submitLabel="发出文书"
      confirm="发出后，文书内容将记入办理记录，不能再修改。确定发出？"
      confirmLabel="发出"
      onSuccess={() => router.push(`/admin/requests/${requestId}`)}
      leavesOnSuccess
      className="space-y-3 rounded bg-white p-4 shadow-sm"
    >
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="notice" value={kind} />
      <Field name="on" label="发出日期" required>
        {(p) => <input {...p} type="date" defaultValue={today} max={today} className={`${inputClass} max-w-xs`} />}
      </Field>
      <Field name="title" label="文书标题" required>
        {(p) => <input {...p} defaultValue={draft.title} className={inputClass} />}
      </Field>
      <Field name="text" label="文书内容" required hint="按模板填好，【】内为需要补充的内容；发出前可修改。">
        {(p) => <textarea {...p} defaultValue={draft.text} rows={18} className={`${inputClass} font-serif`} />}
      </Field>
    </ActionForm>
  );
}
