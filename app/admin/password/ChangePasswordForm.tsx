"use client";

import { signOut } from "next-auth/react";
import { NewPasswordFields } from "@/components/NewPasswordFields";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
import { PASSWORD_RULES_TEXT } from "@/lib/auth/password-policy";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  return (
    <ActionForm
      action={changePasswordAction}
      submitLabel="修改密码"
      successMessage="密码已修改，正在退出，请用新密码重新登录…"
      // The change signed out every session, this one too: clear its cookie and sign in again.
      onSuccess={() => void signOut({ callbackUrl: "/login?notice=changed" })}
      leavesOnSuccess
      className="max-w-xl space-y-4 rounded bg-white p-4 shadow-sm"
    >
      <Field name="current" label="当前密码">
        {(p) => <input {...p} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <NewPasswordFields label="新密码" hint={PASSWORD_RULES_TEXT} />
    </ActionForm>
  );
}
