"use client";

import { useRouter } from "next/navigation";
import { NewPasswordFields } from "@/components/NewPasswordFields";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
import { PASSWORD_RULES_TEXT } from "@/lib/auth/password-policy";
import { createUserAction } from "../actions";
import type { OrgOption } from "../options";
import { RoleOrgFields } from "../RoleOrgFields";

export function CreateUserForm({ orgChoices }: { orgChoices: OrgOption[] }) {
  const router = useRouter();
  return (
    <ActionForm
      action={createUserAction}
      submitLabel="创建用户"
      onSuccess={(created) => router.push(`/admin/users/${created.id}?created=1`)}
      leavesOnSuccess
      className="max-w-xl space-y-4 rounded bg-white p-4 shadow-sm"
    >
      <Field name="username" label="用户名" hint="3–32 位小写字母、数字或 . _ -">
        {(p) => <input {...p} autoComplete="off" className={inputClass} />}
      </Field>
      <Field name="name" label="姓名">
        {(p) => <input {...p} className={inputClass} />}
      </Field>
      <RoleOrgFields orgChoices={orgChoices} role="CLERK" orgId={orgChoices.find(([id]) => id)?.[0] ?? ""} />
      <NewPasswordFields label="初始密码" hint={`${PASSWORD_RULES_TEXT}用户首次登录后必须修改。`} />
    </ActionForm>
  );
}
