"use client";

import { useRouter } from "next/navigation";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
import type { StatisticField } from "@/lib/report/statistics";
import { saveStatisticsAction } from "./actions";

/** One value and one source per statistic, grouped by 第二十条 item; empty means 未填报, not 0. */
export function StatisticsForm({ year, fields }: { year: number; fields: StatisticField[] }) {
  const router = useRouter();
  const headings = [...new Set(fields.map((f) => f.heading))];
  return (
    <ActionForm
      action={saveStatisticsAction}
      submitLabel="保存统计"
      pendingLabel="正在保存…"
      successMessage="统计已保存。"
      onSuccess={() => router.refresh()}
      className="space-y-6"
    >
      <input type="hidden" name="year" value={year} />
      {headings.map((heading) => (
        <fieldset key={heading} className="rounded border border-gray-300 p-4">
          <legend className="px-1 font-bold">{heading}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {fields
              .filter((f) => f.heading === heading)
              .map((f) => (
                <div key={f.code} className="space-y-2">
                  <input type="hidden" name={`version.${f.code}`} value={f.version} />
                  <Field
                    name={`value.${f.code}`}
                    label={`${f.row}：${f.column}`}
                    hint={f.value === null ? "未填报（没有的请填 0）" : f.money ? "最多 6 位小数" : "整数"}
                  >
                    {(p) => <input {...p} type="text" inputMode="decimal" defaultValue={f.value ?? ""} className={inputClass} />}
                  </Field>
                  <Field name={`source.${f.code}`} label={`来源：${f.row}：${f.column}`} hint="如：统计科报表">
                    {(p) => <input {...p} type="text" maxLength={200} defaultValue={f.source ?? ""} className={inputClass} />}
                  </Field>
                </div>
              ))}
          </div>
        </fieldset>
      ))}
    </ActionForm>
  );
}
