"use client";

import { useRouter } from "next/navigation";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
import { saveBaselineAction } from "./actions";

/** Last year's published report tables as report JSON, and where they come from. */
export function BaselineForm({ year, version, content, source }: { year: number; version: number; content: string; source: string }) {
  const router = useRouter();
  return (
    <ActionForm action={saveBaselineAction} submitLabel="保存上年基线" pendingLabel="正在保存…" successMessage="上年基线已保存。" onSuccess={() => router.refresh()}>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <Field name="content" label={`${year} 年报告数据（报告 JSON）`} hint="原系统导出的报告 JSON（format、proactive、requests、appeals、summary），或按其格式录入已发布报告的表格" required>
        {(p) => <textarea {...p} rows={14} defaultValue={content} className={`${inputClass} font-mono text-sm`} />}
      </Field>
      <Field name="source" label="数据来源" hint="如：已发布年报的网址或文号" required>
        {(p) => <input {...p} type="text" maxLength={300} defaultValue={source} className={inputClass} />}
      </Field>
    </ActionForm>
  );
}
