"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionForm, CodeOptions, Field, inputClass } from "@/components/ui/form";
import { CALENDAR_KINDS } from "@/lib/calendar/schemas";
import { setCalendarDayAction } from "./actions";

/** Add or correct one day; the result says which open requests' deadlines moved because of it. */
export function CalendarDayForm() {
  const router = useRouter();
  const [affected, setAffected] = useState<string[] | null>(null);
  return (
    <>
      <ActionForm
        action={setCalendarDayAction}
        submitLabel="保存"
        successMessage="已保存，并已记入审计日志。"
        onSuccess={(data) => {
          setAffected(data.affected);
          router.refresh();
        }}
        className="grid gap-4 rounded bg-white p-4 shadow-sm sm:grid-cols-2"
        submitClassName="justify-self-start rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60 sm:col-span-2"
      >
        <Field name="date" label="日期" required>
          {(p) => <input {...p} type="date" className={inputClass} />}
        </Field>
        <Field name="kind" label="这一天是" required hint="周末调休上班选“工作日”；工作日放假选“休息日”">
          {(p) => (
            <select {...p} defaultValue="holiday" className={inputClass}>
              <CodeOptions set={CALENDAR_KINDS} />
            </select>
          )}
        </Field>
        <Field name="name" label="名称" required hint="如：春节、国庆节">
          {(p) => <input {...p} className={inputClass} />}
        </Field>
        <Field name="source" label="依据（通知文号）" required hint="如：国办发明电〔2025〕7号">
          {(p) => <input {...p} className={inputClass} />}
        </Field>
      </ActionForm>
      {affected && (
        <p role="status" className="mt-2 rounded bg-white p-2 shadow-sm">
          {affected.length === 0 ? "没有办理中申请的答复期限因此改变。" : `以下办理中申请的答复期限已重新计算，并记入其办理记录：${affected.join("、")}`}
        </p>
      )}
    </>
  );
}
