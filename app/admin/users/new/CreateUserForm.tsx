"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { PASSWORD_RULES_TEXT } from "@/lib/auth/password-policy";
import { createUserAction } from "../actions";
import { ROLE_OPTIONS, type OrgOption } from "../options";

export function CreateUserForm({ orgChoices }: { orgChoices: OrgOption[] }) {
  const router = useRouter();
  const { state, pending, onSubmit, errors } = useActionForm(createUserAction);
  useEffect(() => {
    if (state?.ok) router.push(`/admin/users/${state.data.id}?created=1`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4 rounded bg-white p-4 shadow-sm">
      <FormMessage state={state} />
      <TextField name="username" label="用户名" autoComplete="off" hint="3–32 位小写字母、数字或 . _ -" errors={errors("username")} />
      <TextField name="name" label="姓名" errors={errors("name")} />
      <SelectField name="role" label="角色" options={ROLE_OPTIONS} defaultValue="CLERK" errors={errors("role")} />
      <SelectField name="orgId" label="所属机构" options={orgChoices} defaultValue={orgChoices.find((o) => o.value)?.value ?? ""} errors={errors("orgId")} />
      <TextField name="password" label="初始密码" type="password" autoComplete="new-password" hint={`${PASSWORD_RULES_TEXT}用户首次登录后必须修改。`} errors={errors("password")} />
      <TextField name="confirm" label="确认初始密码" type="password" autoComplete="new-password" errors={errors("confirm")} />
      <SubmitButton pending={pending}>创建用户</SubmitButton>
    </form>
  );
}
