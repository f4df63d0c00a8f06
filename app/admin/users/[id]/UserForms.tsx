"use client";

import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { PASSWORD_RULES_TEXT } from "@/lib/auth/password-policy";
import type { Role } from "@/lib/auth/roles";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "../actions";
import { ROLE_OPTIONS, type OrgOption } from "../options";

type EditableUser = { id: string; version: number; name: string; role: Role; orgId: string | null; active: boolean };

// Each form sends the version it was rendered with, so an edit made on stale data is refused (optimistic locking).
function Identity({ user }: { user: EditableUser }) {
  return (
    <>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
    </>
  );
}

export function EditUserForm({ user, orgChoices }: { user: EditableUser; orgChoices: OrgOption[] }) {
  const { state, pending, onSubmit, errors } = useActionForm(updateUserAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="edit-user" className="space-y-4 rounded bg-white p-4 shadow-sm">
      <h2 id="edit-user" className="text-lg font-bold">
        基本信息
      </h2>
      <FormMessage state={state?.ok ? { ...state, message: "已保存。" } : state} />
      <Identity user={user} />
      <TextField name="name" label="姓名" defaultValue={user.name} errors={errors("name")} />
      <SelectField name="role" label="角色" options={ROLE_OPTIONS} defaultValue={user.role} errors={errors("role")} />
      <SelectField name="orgId" label="所属机构" options={orgChoices} defaultValue={user.orgId ?? ""} errors={errors("orgId")} />
      <SubmitButton pending={pending}>保存</SubmitButton>
    </form>
  );
}

export function UserStatusForm({ user }: { user: EditableUser }) {
  const { state, pending, onSubmit } = useActionForm(setUserActiveAction);
  return (
    <form onSubmit={onSubmit} aria-labelledby="user-status" className="space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="user-status" className="text-lg font-bold">
        账号状态
      </h2>
      <FormMessage state={state?.ok ? { ...state, message: user.active ? "账号已启用。" : "账号已停用，该用户的所有会话已失效。" } : state} />
      <p>当前状态：{user.active ? "启用" : "停用"}</p>
      <Identity user={user} />
      <input type="hidden" name="active" value={user.active ? "false" : "true"} />
      <SubmitButton pending={pending} variant="secondary">
        {user.active ? "停用账号" : "启用账号"}
      </SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ user }: { user: EditableUser }) {
  const { state, pending, onSubmit, errors } = useActionForm(resetPasswordAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reset-password" className="space-y-4 rounded bg-white p-4 shadow-sm">
      <h2 id="reset-password" className="text-lg font-bold">
        重置密码
      </h2>
      <p className="text-sm text-gray-700">重置后该用户的所有会话立即失效，登录锁定解除，首次登录须修改密码。</p>
      <FormMessage state={state?.ok ? { ...state, message: "密码已重置。" } : state} />
      <Identity user={user} />
      <TextField name="password" label="新的初始密码" type="password" autoComplete="new-password" hint={PASSWORD_RULES_TEXT} errors={errors("password")} />
      <TextField name="confirm" label="确认新的初始密码" type="password" autoComplete="new-password" errors={errors("confirm")} />
      <SubmitButton pending={pending}>重置密码</SubmitButton>
    </form>
  );
}
