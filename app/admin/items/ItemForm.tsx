"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionForm, CodeOptions, Field, FieldError, inputClass, useFieldErrors } from "@/components/ui/form";
import { DISCLOSURES, GENRES, PUBLICATION_CHANNELS, VALIDITIES } from "@/lib/items/codes";
import { ITEM_LIMITS } from "@/lib/items/schema";
import { createItemAction, updateItemAction } from "./actions";

export type ItemFormValues = {
  id: string;
  version: number;
  title: string;
  docNo: string | null;
  categoryId: string;
  genre: string;
  disclosure: string;
  withheldReason: string | null;
  issuer: string | null;
  createdOn: string;
  publishedOn: string | null;
  validity: string;
  abolishedOn: string | null;
  channels: string;
  summary: string | null;
  body: string;
};

function Channels({ checked }: { checked: string[] }) {
  const errors = useFieldErrors("channels");
  return (
    <fieldset aria-describedby={errors.length ? "channels-error" : undefined}>
      <legend className="mb-1 font-medium">公开方式</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {Object.entries(PUBLICATION_CHANNELS).map(([code, label]) => (
          <label key={code} className="flex items-center gap-1">
            <input type="checkbox" name="channels" value={code} defaultChecked={checked.includes(code)} />
            {label}
          </label>
        ))}
      </div>
      <FieldError id="channels-error" errors={errors} />
    </fieldset>
  );
}

/** The form for logging or editing a 政府信息; the server (lib/items/schema.ts) has the final word on every rule. */
export function ItemForm({
  item,
  categories,
  orgName,
}: {
  item?: ItemFormValues;
  categories: { id: string; name: string; retired: boolean }[];
  orgName: string;
}) {
  const router = useRouter();
  const [disclosure, setDisclosure] = useState(item?.disclosure ?? "proactive");
  const [validity, setValidity] = useState(item?.validity ?? "valid");
  // No maxLength on the title: a pasted title would be cut silently. The count shows the limit; the server refuses more.
  const [titleLength, setTitleLength] = useState(item?.title.length ?? 0);
  return (
    <ActionForm
      action={item ? updateItemAction : createItemAction}
      submitLabel={item ? "保存修改" : "保存草稿"}
      pendingLabel="正在保存…"
      onSuccess={(saved) =>
        item ? router.replace(`/admin/items/${saved.id}?done=saved&v=${saved.version}`) : router.push(`/admin/items/${saved.id}?done=created`)
      }
      className="grid gap-4 rounded bg-white p-4 shadow-sm sm:grid-cols-2"
      submitClassName="justify-self-start rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60 sm:col-span-2"
    >
      {item && (
        <>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
        </>
      )}
      <Field
        name="title"
        label="标题"
        required
        className="sm:col-span-2"
        hint={`最多 ${ITEM_LIMITS.title} 个字，已输入 ${titleLength} 个字${titleLength > ITEM_LIMITS.title ? `，超出 ${titleLength - ITEM_LIMITS.title} 个字` : ""}`}
      >
        {(p) => <input {...p} defaultValue={item?.title} onChange={(e) => setTitleLength(e.target.value.length)} className={inputClass} />}
      </Field>
      <Field name="docNo" label="文号" hint="如：陶政〔2024〕3号；没有文号的留空；与本机关其他信息重复的，保存后会提示">
        {(p) => <input {...p} defaultValue={item?.docNo ?? ""} maxLength={ITEM_LIMITS.docNo} className={inputClass} />}
      </Field>
      <Field name="categoryId" label="主题分类" required>
        {(p) => (
          <select {...p} defaultValue={item?.categoryId ?? ""} className={inputClass}>
            <option value="">请选择</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.retired ? "（已停用）" : ""}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="genre" label="体裁" required>
        {(p) => (
          <select {...p} defaultValue={item?.genre ?? "other"} className={inputClass}>
            <CodeOptions set={GENRES} />
          </select>
        )}
      </Field>
      <Field name="disclosure" label="公开属性" required>
        {(p) => (
          <select {...p} value={disclosure} onChange={(e) => setDisclosure(e.target.value)} className={inputClass}>
            <CodeOptions set={DISCLOSURES} />
          </select>
        )}
      </Field>
      {disclosure === "withheld" && (
        <Field name="withheldReason" label="不予公开理由" required className="sm:col-span-2" hint="写明法律依据，如：涉及国家秘密（条例第十四条）">
          {(p) => <textarea {...p} defaultValue={item?.withheldReason ?? ""} maxLength={ITEM_LIMITS.withheldReason} rows={2} className={inputClass} />}
        </Field>
      )}
      <Field name="issuer" label="发布机构" hint={`留空即为 ${orgName}`}>
        {(p) => <input {...p} defaultValue={item?.issuer ?? ""} maxLength={ITEM_LIMITS.issuer} className={inputClass} />}
      </Field>
      <Field name="createdOn" label="成文日期" required>
        {(p) => <input {...p} type="date" defaultValue={item?.createdOn} className={inputClass} />}
      </Field>
      <Field name="publishedOn" label="公开日期" hint="以审核发布时确定的为准（默认当天，另定日期须说明理由）；不能晚于今天">
        {(p) => <input {...p} type="date" defaultValue={item?.publishedOn ?? ""} className={inputClass} />}
      </Field>
      <Field name="validity" label="有效性" required>
        {(p) => (
          <select {...p} value={validity} onChange={(e) => setValidity(e.target.value)} className={inputClass}>
            <CodeOptions set={VALIDITIES} />
          </select>
        )}
      </Field>
      {validity !== "valid" && (
        <Field name="abolishedOn" label="废止/失效日期" required>
          {(p) => <input {...p} type="date" defaultValue={item?.abolishedOn ?? ""} className={inputClass} />}
        </Field>
      )}
      <div className="sm:col-span-2">
        <Channels checked={item ? item.channels.split(",") : ["website"]} />
      </div>
      <Field name="summary" label="内容概述" className="sm:col-span-2">
        {(p) => <textarea {...p} defaultValue={item?.summary ?? ""} maxLength={ITEM_LIMITS.summary} rows={2} className={inputClass} />}
      </Field>
      <Field name="body" label="正文" className="sm:col-span-2" hint="纯文本，每段一行；也可粘贴 HTML（仅保留基本格式）">
        {(p) => <textarea {...p} defaultValue={item?.body ?? ""} rows={12} className={inputClass} />}
      </Field>
    </ActionForm>
  );
}
