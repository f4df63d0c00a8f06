"use client";

import { useRouter } from "next/navigation";
import { ActionForm, CodeOptions, Field, inputClass, secondaryButtonClass } from "@/components/ui/form";
import { ORG_KINDS, type OrgKind } from "@/lib/organizations/codes";
import { createBodyAction, moveBodyAction, renameBodyAction } from "./actions";

const parentHint = "填写上级机关的编码；留空则为顶级机构";

/** A one-line text field of these forms. */
function TextField({ name, label, maxLength, hint, required, value }: { name: string; label: string; maxLength: number; hint?: string; required?: boolean; value?: string }) {
  return (
    <Field name={name} label={label} hint={hint} required={required}>
      {(p) => <input {...p} defaultValue={value} maxLength={maxLength} autoComplete="off" className={inputClass} />}
    </Field>
  );
}

function KindField({ value, hint }: { value: OrgKind; hint?: string }) {
  return (
    <Field name="kind" label="机关类别" required hint={hint}>
      {(p) => (
        <select {...p} defaultValue={value} className={inputClass}>
          <CodeOptions set={ORG_KINDS} />
        </select>
      )}
    </Field>
  );
}

/** Rename and move the body shown; each form carries what the admin saw, so a change made meanwhile is refused. */
export function BodyForms({ body }: { body: { id: string; name: string; kind: OrgKind; parentId: string | null; parentCode: string } }) {
  const router = useRouter();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <ActionForm action={renameBodyAction} submitLabel="保存名称" successMessage="名称已保存。" onSuccess={() => router.refresh()} submitClassName={secondaryButtonClass}>
        <input type="hidden" name="id" value={body.id} />
        <input type="hidden" name="seenName" value={body.name} />
        <TextField name="name" label="机关名称" required maxLength={200} value={body.name} />
      </ActionForm>
      <ActionForm
        action={moveBodyAction}
        submitLabel="移动 / 更改类别"
        successMessage="已移动。"
        onSuccess={() => router.refresh()}
        submitClassName={secondaryButtonClass}
        confirm="确定移动该机关吗？其全部下级机构会随之移动。"
      >
        <input type="hidden" name="id" value={body.id} />
        <input type="hidden" name="seenParentId" value={body.parentId ?? ""} />
        <input type="hidden" name="seenKind" value={body.kind} />
        <TextField name="parentCode" label="上级机关编码" hint={parentHint} maxLength={64} value={body.parentCode} />
        <KindField value={body.kind} />
      </ActionForm>
    </div>
  );
}

export function NewBodyForm({ parentCode }: { parentCode: string }) {
  const router = useRouter();
  return (
    <ActionForm
      action={createBodyAction}
      submitLabel="新建机构"
      successMessage="已新建，见上方列表。"
      resetOnSuccess
      onSuccess={() => router.refresh()}
      className="grid gap-4 sm:grid-cols-2"
      labelledBy="new-body"
    >
      <TextField name="name" label="机关名称" required maxLength={200} />
      <TextField name="code" label="机关编码" required maxLength={64} hint="字母、数字和 . _ - /，如 yongan-jyj；用于网址和数据导入，建成后不能修改" />
      <KindField value="department" hint="“区域”仅用于归类，不受理申请、不发布信息" />
      <TextField name="parentCode" label="上级机关编码" hint={parentHint} maxLength={64} value={parentCode} />
      <TextField name="indexPrefix" label="索引号前缀" required maxLength={30} hint="通常为机构代码或统一社会信用代码" />
    </ActionForm>
  );
}
