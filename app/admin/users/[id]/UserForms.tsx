"use client";

import { NewPasswordFields } from "@/components/NewPasswordFields";
import { ActionForm, Field, inputClass, secondaryButtonClass } from "@/components/ui/form";
import { PASSWORD_RULES_TEXT } from "@/lib/auth/password-policy";
import type { Role } from "@/lib/auth/roles";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "../actions";
import type { OrgOption } from "../options";
import { RoleOrgFields } from "../RoleOrgFields";

type EditableUser = { id: string; version: number; name: string; role: Role; orgId: string | null; active: boolean };

const card = "space-y-4 rounded bg-white p-4 shadow-sm";

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
  return (
    <ActionForm action={updateUserAction} submitLabel="保存" successMessage="已保存。" labelledBy="edit-user" className={card}>
      <h2 id="edit-user" className="text-lg font-bold">
        基本信息
      </h2>
      <Identity user={user} />
      <Field name="name" label="姓名">
        {(p) => <input {...p} defaultValue={user.name} className={inputClass} />}
      </Field>
      <RoleOrgFields orgChoices={orgChoices} role={user.role} orgId={user.orgId ?? ""} />
    </ActionForm>
  );
}

export function UserStatusForm({ user }: { user: EditableUser }) {
  return (
    <ActionForm
      action={setUserActiveAction}
      submitLabel={user.active ? "停用账号" : "启用账号"}
      successMessage={user.active ? "账号已启用。" : "账号已停用，该用户的所有会话已失效。"}
      labelledBy="user-status"
      className="space-y-3 rounded bg-white p-4 shadow-sm"
      submitClassName={secondaryButtonClass}
    >
      <h2 id="user-status" className="text-lg font-bold">
        账号状态
      </h2>
      <p>当前状态：{user.active ? "启用" : "停用"}</p>
      <Identity user={user} />
      <input type="hidden" name="active" value={user.active ? "false" : "true"} />
    </ActionForm>
  );
}

export function ResetPasswordForm({ user }: { user: EditableUser }) {
  return (
    <ActionForm action={resetPasswordAction} submitLabel="重置密码" successMessage="密码已重置。" labelledBy="reset-password" className={card}>
      <h2 id="reset-password" className="text-lg font-bold">
        重置密码
      </h2>
      <p className="text-sm text-gray-700">重置后该用户的所有会话立即失效，登录锁定解除，首次登录须修改密码。</p>
      <Identity user={user} />
      <NewPasswordFields label="新的初始密码" hint={PASSWORD_RULES_TEXT} />
    </ActionForm>
  );
}
