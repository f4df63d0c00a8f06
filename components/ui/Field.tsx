"use client";

import { useId } from "react";
import type { ActionResult } from "@/lib/action";

type Common = { name: string; label: string; errors?: string[]; hint?: string };

/** Label, control, hint and error wired together: the error is announced and described by the control. */
function FieldShell({ label, errors, hint, children }: Omit<Common, "name"> & { children: (ids: { id: string; describedBy?: string; invalid: boolean }) => React.ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      )}
      {children({ id, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined, invalid: Boolean(errorId) })}
      {errorId && (
        <p id={errorId} role="alert" className="text-sm text-red-800">
          {errors!.join("；")}
        </p>
      )}
    </div>
  );
}

const control = "w-full max-w-md rounded border border-gray-400 px-3 py-2 aria-[invalid=true]:border-red-700";

export function TextField({ name, label, errors, hint, ...input }: Common & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell label={label} errors={errors} hint={hint}>
      {({ id, describedBy, invalid }) => <input id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid} className={control} {...input} />}
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  errors,
  hint,
  options,
  ...select
}: Common & { options: { value: string; label: string }[] } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell label={label} errors={errors} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid} className={control} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** The form-level outcome of a server action: errors are alerts, success a polite status. */
export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  if (!state) return null;
  if (!state.ok)
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
        {state.message}
      </p>
    );
  return state.message ? (
    <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-green-900">
      {state.message}
    </p>
  ) : null;
}

export function SubmitButton({ pending, children, pendingText = "正在提交…", variant = "primary" }: { pending: boolean; children: React.ReactNode; pendingText?: string; variant?: "primary" | "secondary" }) {
  const style = variant === "primary" ? "bg-brand text-white hover:bg-brand-dark" : "border border-gray-500 bg-white hover:bg-gray-100";
  return (
    <button type="submit" disabled={pending} className={`rounded px-4 py-2 font-bold disabled:opacity-60 ${style}`}>
      {pending ? pendingText : children}
    </button>
  );
}
