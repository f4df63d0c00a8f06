"use client";

import { useRouter } from "next/navigation";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
import { updateOrganizationAction } from "./actions";

export type OrganizationValues = {
  id: string;
  indexPrefix: string;
  indexPattern: string;
  officeName: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  officeHours: string | null;
  guide: string | null;
};

export function OrganizationForm({ org }: { org: OrganizationValues }) {
  const router = useRouter();
  const text = (name: keyof OrganizationValues, label: string, props: { hint?: string; required?: boolean; maxLength: number; type?: string }) => (
    <Field name={name} label={label} hint={props.hint} required={props.required}>
      {(p) => <input {...p} type={props.type ?? "text"} defaultValue={org[name] ?? ""} maxLength={props.maxLength} className={inputClass} />}
    </Field>
  );
  return (
    <ActionForm
      action={updateOrganizationAction}
      submitLabel="保存设置"
      successMessage="已保存。"
      onSuccess={() => router.refresh()}
      className="grid gap-4 rounded bg-white p-4 shadow-sm sm:grid-cols-2"
      submitClassName="justify-self-start rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
    >
      <input type="hidden" name="id" value={org.id} />
      {text("indexPrefix", "索引号前缀", { required: true, maxLength: 30, hint: "通常为机构代码或统一社会信用代码" })}
      {text("indexPattern", "索引号格式", {
        required: true,
        maxLength: 64,
        hint: "占位符：{前缀}、{年份}、{N位流水}（如 {5位流水}）。修改只影响之后生成的索引号",
      })}
      {text("officeName", "政府信息公开工作机构", { maxLength: 60 })}
      {text("address", "办公地址", { maxLength: 120 })}
      {text("postcode", "邮政编码", { maxLength: 6 })}
      {text("phone", "联系电话", { maxLength: 40 })}
      {text("email", "电子邮箱", { maxLength: 80, type: "email" })}
      {text("website", "网站", { maxLength: 120 })}
      {text("officeHours", "办公时间", { maxLength: 100, hint: "如：工作日 8:00–12:00，14:30–17:30" })}
      <Field name="guide" label="公开指南补充说明" className="sm:col-span-2" hint="显示在“政府信息公开指南”页本机关名下，如受理地点、查阅场所等；纯文本，每段一行">
        {(p) => <textarea {...p} defaultValue={org.guide ?? ""} rows={6} maxLength={5000} className={inputClass} />}
      </Field>
    </ActionForm>
  );
}
