"use client";

import { useRouter } from "next/navigation";
import { ActionForm, CodeOptions, Field, inputClass, secondaryButtonClass } from "@/components/ui/form";
import { ORG_KINDS, type OrgKind } from "@/lib/organizations/codes";
import { createBodyAction, moveBodyAction, renameBodyAction } from "./actions";

const parentHint = "填写上级机关的编码；留空则为顶级机构";

/** Rename and move the body shown; each form carries what the admin saw, so a change made meanwhile is refused. */
export function BodyForms({ body }: { body: { id: string; name: string; kind: OrgKind; parentId: string | null; parentCode: string } }) {
  const router = useRouter();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <ActionForm action={renameBodyAction} submitLabel="保存名称" successMessage="名称已保存。" onSuccess={() => router.refresh()} submitClassName={secondaryButtonClass}>
        <input type="hidden" name="id" value={body.id} />
        <input type="hidden" name="seenName" value={body.name} />
        <Field name="name" label="机关名称" required>
          {(p) => <input {...p} defaultValue={body.name} maxLength={200} className={inputClass} />}
        </Field>
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
        <Field name="parentCode" label="上级机关编码" hint={parentHint}>
          {(p) => <input {...p} defaultValue={body.parentCode} maxLength={64} autoComplete="off" className={inputClass} />}
        </Field>
        <Field name="kind" label="机关类别" required>
          {(p) => (
            <select {...p} defaultValue={body.kind} className={inputClass}>
              <CodeOptions set={ORG_KINDS} />
            </select>
          )}
        </Field>
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
      <Field name="name" label="机关名称" required>
        {(p) => <input {...p} maxLength={200} className={inputClass} />}
      </Field>
      <Field name="code" label="机关编码" required hint="字母、数字和 . _ - /，如 yongan-jyj；用于网址和数据导入，建成后不能修改">
        {(p) => <input {...p} maxLength={64} autoComplete="off" className={inputClass} />}
      </Field>
      <Field name="kind" label="机关类别" required hint="“区域”仅用于归类，不受理申请、不发布信息">
        {(p) => (
          <select {...p} defaultValue="department" className={inputClass}>
            <CodeOptions set={ORG_KINDS} />
          </select>
        )}
      </Field>
      <Field name="parentCode" label="上级机关编码" hint={parentHint}>
        {(p) => <input {...p} defaultValue={parentCode} maxLength={64} autoComplete="off" className={inputClass} />}
      </Field>
      <Field name="indexPrefix" label="索引号前缀" required hint="通常为机构代码或统一社会信用代码">
        {(p) => <input {...p} maxLength={30} autoComplete="off" className={inputClass} />}
      </Field>
    </ActionForm>
  );
}
