"use client";

import { signOut } from "next-auth/react";
import { useEffect } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { PASSWORD_RULES_TEXT } from "@/lib/auth/password-policy";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const { state, pending, onSubmit, errors } = useActionForm(changePasswordAction);
  // The change signed out every session, this one too: clear its cookie and sign in again.
  useEffect(() => {
    if (state?.ok) void signOut({ callbackUrl: "/login?notice=changed" });
  }, [state]);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4 rounded bg-white p-4 shadow-sm">
      <FormMessage state={state?.ok ? { ...state, message: "密码已修改，正在退出，请用新密码重新登录…" } : state} />
      <TextField name="current" label="当前密码" type="password" autoComplete="current-password" errors={errors("current")} />
      <TextField name="password" label="新密码" type="password" autoComplete="new-password" hint={PASSWORD_RULES_TEXT} errors={errors("password")} />
      <TextField name="confirm" label="确认新密码" type="password" autoComplete="new-password" errors={errors("confirm")} />
      <SubmitButton pending={pending || Boolean(state?.ok)}>修改密码</SubmitButton>
    </form>
  );
}
