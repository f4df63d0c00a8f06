"use client";

import { useRouter } from "next/navigation";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
import { createCategoryAction, moveCategoryAction, renameCategoryAction, retireCategoryAction } from "./actions";

const compact = "flex flex-wrap items-end gap-2";
const small = "rounded border border-gray-500 bg-white px-2 py-1 text-sm hover:bg-gray-100 disabled:opacity-60";

export function NewCategoryForm() {
  const router = useRouter();
  return (
    <ActionForm
      action={createCategoryAction}
      submitLabel="新增分类"
      resetOnSuccess
      successMessage="已新增。"
      onSuccess={() => router.refresh()}
      className="grid gap-3 rounded bg-white p-3 shadow-sm sm:grid-cols-3"
      submitClassName="self-end rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
    >
      <Field name="name" label="分类名称" required>
        {(p) => <input {...p} maxLength={40} className={inputClass} />}
      </Field>
      <Field name="code" label="分类代码" required hint="小写字母、数字、连字符，用于网址，设定后不可修改">
        {(p) => <input {...p} maxLength={40} className={inputClass} />}
      </Field>
    </ActionForm>
  );
}

/** Rename, move and retire controls for one category row. */
export function CategoryRowForms({ id, name, retired, first, last }: { id: string; name: string; retired: boolean; first: boolean; last: boolean }) {
  const router = useRouter();
  const refresh = () => router.refresh();
  const hiddenId = <input type="hidden" name="id" value={id} />;
  return (
    <div className="flex flex-wrap gap-2">
      <ActionForm action={renameCategoryAction} submitLabel="重命名" submitAriaLabel={`重命名“${name}”`} onSuccess={refresh} className={compact} submitClassName={small}>
        {hiddenId}
        <Field name="name" label={`“${name}”的新名称`} hideLabel className="text-sm">
          {(p) => <input {...p} defaultValue={name} maxLength={40} className="rounded border border-gray-400 px-2 py-1" />}
        </Field>
      </ActionForm>
      {!first && (
        <ActionForm action={moveCategoryAction} submitLabel="上移" submitAriaLabel={`上移“${name}”`} onSuccess={refresh} className={compact} submitClassName={small}>
          {hiddenId}
          <input type="hidden" name="direction" value="up" />
        </ActionForm>
      )}
      {!last && (
        <ActionForm action={moveCategoryAction} submitLabel="下移" submitAriaLabel={`下移“${name}”`} onSuccess={refresh} className={compact} submitClassName={small}>
          {hiddenId}
          <input type="hidden" name="direction" value="down" />
        </ActionForm>
      )}
      <ActionForm
        action={retireCategoryAction}
        submitLabel={retired ? "恢复" : "停用"}
        submitAriaLabel={retired ? `恢复“${name}”` : `停用“${name}”`}
        onSuccess={refresh}
        className={compact}
        submitClassName={small}
      >
        {hiddenId}
        <input type="hidden" name="retired" value={retired ? "false" : "true"} />
      </ActionForm>
    </div>
  );
}
