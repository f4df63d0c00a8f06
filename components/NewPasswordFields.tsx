"use client";

import { Field, inputClass } from "@/components/ui/form";

/** A new password and its confirmation ("确认" + the label), as the account forms ask for it. */
export function NewPasswordFields({ label, hint }: { label: string; hint: string }) {
  return (
    <>
      <Field name="password" label={label} hint={hint}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field name="confirm" label={`确认${label}`}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
    </>
  );
}
