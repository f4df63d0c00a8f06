"use client";

import { useRouter } from "next/navigation";
import { ActionForm, CodeOptions, Field, inputClass } from "@/components/ui/form";
import { APPEAL_KINDS, APPEAL_RESULTS } from "@/lib/appeals/codes";
import { createAppealAction, updateAppealAction } from "./actions";

export type AppealValues = {
  id: string;
  version: number;
  number: string;
  kind: string;
  filedOn: string;
  closedOn: string | null;
  result: string | null;
  requestNumber: string | null;
  note: string | null;
};

/** Log or update a 行政复议 / 行政诉讼 case; it stays 尚未审结 until it has a closing date and a result. */
export function AppealForm({ appeal, requestNumber, today }: { appeal?: AppealValues; requestNumber?: string; today: string }) {
  const router = useRouter();
  return (
    <ActionForm
      action={appeal ? updateAppealAction : createAppealAction}
      submitLabel={appeal ? "保存修改" : "登记案件"}
      successMessage={appeal ? "已保存。" : undefined}
      onSuccess={() => (appeal ? router.refresh() : router.push("/admin/appeals"))}
      className="grid gap-4 rounded bg-white p-4 shadow-sm sm:grid-cols-2"
      submitClassName="justify-self-start rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60 sm:col-span-2"
    >
      {appeal && <input type="hidden" name="id" value={appeal.id} />}
      {appeal && <input type="hidden" name="version" value={appeal.version} />}
      <Field name="number" label="案件编号" required hint="复议决定书或判决书的案号，或本机关的登记编号">
        {(p) => <input {...p} defaultValue={appeal?.number} className={inputClass} />}
      </Field>
      <Field name="kind" label="案件类型" required>
        {(p) => (
          <select {...p} defaultValue={appeal?.kind ?? "review"} className={inputClass}>
            <CodeOptions set={APPEAL_KINDS} />
          </select>
        )}
      </Field>
      <Field name="filedOn" label="立案（申请）日期" required>
        {(p) => <input {...p} type="date" defaultValue={appeal?.filedOn ?? today} max={today} className={inputClass} />}
      </Field>
      <Field name="requestNumber" label="关联的申请编号" hint="选填，如 2024-0003">
        {(p) => <input {...p} defaultValue={appeal?.requestNumber ?? requestNumber ?? ""} className={inputClass} />}
      </Field>
      <Field name="closedOn" label="审结日期" hint="尚未审结的留空">
        {(p) => <input {...p} type="date" defaultValue={appeal?.closedOn ?? ""} max={today} className={inputClass} />}
      </Field>
      <Field name="result" label="审结结果" hint="尚未审结的留空">
        {(p) => (
          <select {...p} defaultValue={appeal?.result ?? ""} className={inputClass}>
            <option value="">尚未审结</option>
            <CodeOptions set={APPEAL_RESULTS} />
          </select>
        )}
      </Field>
      <Field name="note" label="备注" className="sm:col-span-2">
        {(p) => <textarea {...p} defaultValue={appeal?.note ?? ""} rows={3} className={inputClass} />}
      </Field>
    </ActionForm>
  );
}
