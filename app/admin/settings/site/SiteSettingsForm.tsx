"use client";

import { useRouter } from "next/navigation";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
import type { SiteField } from "@/lib/site-schema";
import { updateSiteSettingsAction } from "./actions";

type Text = { name: Exclude<SiteField, "rules" | "allowSelfApproval">; label: string; maxLength: number; required?: boolean; hint?: string; type?: string };

const TEXT_FIELDS: Text[] = [
  { name: "name", label: "网站名称", maxLength: 40, required: true, hint: "显示在公开网站页头和每页标题中" },
  { name: "host", label: "主办单位", maxLength: 60, hint: "页脚“主办”一栏；不填则显示网站名称" },
  { name: "identifier", label: "网站标识码", maxLength: 10, hint: "10 位，如 3501000001（地方）或 bm09000001（部门）" },
  { name: "icp", label: "ICP备案号", maxLength: 40, hint: "如 闽ICP备12345678号-1，页脚链接到工业和信息化部备案系统" },
  { name: "police", label: "公安机关备案号", maxLength: 40, hint: "如 闽公网安备 35048102000123号，页脚链接到全国互联网安全管理服务平台" },
  { name: "phone", label: "联系电话", maxLength: 40 },
  { name: "email", label: "电子邮箱", maxLength: 80, type: "email" },
  { name: "address", label: "地址", maxLength: 120 },
];

export function SiteSettingsForm({ values }: { values: Record<SiteField, string> }) {
  const router = useRouter();
  return (
    <ActionForm
      action={updateSiteSettingsAction}
      submitLabel="保存设置"
      successMessage="已保存，公开网站已更新。"
      onSuccess={() => router.refresh()}
      className="grid gap-4 rounded bg-white p-4 shadow-sm sm:grid-cols-2"
      submitClassName="justify-self-start rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
    >
      {TEXT_FIELDS.map((f) => (
        <Field key={f.name} name={f.name} label={f.label} hint={f.hint} required={f.required}>
          {(p) => <input {...p} type={f.type ?? "text"} defaultValue={values[f.name]} maxLength={f.maxLength} className={inputClass} />}
        </Field>
      ))}
      <Field name="rules" label="政府信息公开制度" className="sm:col-span-2" hint="显示在公开网站“政府信息公开制度”页；纯文本，每段一行。清空则恢复默认文本">
        {(p) => <textarea {...p} defaultValue={values.rules} rows={10} maxLength={10000} className={inputClass} />}
      </Field>
      <Field
        name="allowSelfApproval"
        label="审核发布的四眼原则"
        className="sm:col-span-2"
        hint="默认不允许起草或提交信息的人自己审核发布；只有一人的科室可允许，保密审查记录会注明“本人起草并审核”"
      >
        {(p) => (
          <select {...p} defaultValue={values.allowSelfApproval} className={inputClass}>
            <option value="">不允许本人审核发布</option>
            <option value="allow">允许一人科室本人审核发布</option>
          </select>
        )}
      </Field>
    </ActionForm>
  );
}
