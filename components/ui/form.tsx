"use client";

import { createContext, startTransition, useActionState, useContext, useEffect, useId, useRef } from "react";
import type { ActionResult } from "@/lib/action";

type ServerAction<T> = (previous: unknown, form: FormData) => Promise<ActionResult<T>>;

const FieldErrors = createContext<Record<string, string[]>>({});

export const inputClass =
  "w-full rounded border border-gray-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-600 disabled:bg-gray-100";
export const buttonClass = "rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60";
export const secondaryButtonClass = "rounded border border-gray-500 bg-white px-4 py-2 hover:bg-gray-100 disabled:opacity-60";

/**
 * A form bound to a server action made with lib/action.ts: shows the result's message (announced), puts
 * field errors next to their fields, and keeps what the user typed when the server refuses it (the form is
 * submitted by hand so React does not reset it). A failed request (e.g. a body over the size limit) is shown
 * as a message too, never as a crash.
 */
export function ActionForm<T>({
  action,
  children,
  submitLabel,
  pendingLabel = "正在提交…",
  onSuccess,
  resetOnSuccess = false,
  successMessage,
  className = "space-y-4",
  submitClassName = buttonClass,
  submitAriaLabel,
  confirm,
  labelledBy,
  leavesOnSuccess = false,
}: {
  action: ServerAction<T>;
  children?: React.ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  onSuccess?: (data: T) => void;
  resetOnSuccess?: boolean;
  successMessage?: string;
  className?: string;
  submitClassName?: string;
  /** A fuller accessible name when the visible label is short (e.g. which row a "上移" button moves). */
  submitAriaLabel?: string;
  confirm?: string;
  /** The id of the heading that names the form (a form is a landmark only with a name). */
  labelledBy?: string;
  /** Success leads away (a redirect, a sign-out): the button stays disabled so the form is not sent twice meanwhile. */
  leavesOnSuccess?: boolean;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(async (previous, form) => {
    try {
      return await action(previous, form);
    } catch {
      return { ok: false, message: "请求未能完成（网络中断或提交的文件过大），未作任何更改。请重试。" };
    }
  }, null);

  const onSuccessRef = useRef(onSuccess);
  useEffect(() => {
    onSuccessRef.current = onSuccess;
  });
  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      if (resetOnSuccess) formRef.current?.reset();
      onSuccessRef.current?.(state.data);
    } else {
      formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    }
  }, [state, resetOnSuccess]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  }

  const message = state ? (state.ok ? (state.message ?? successMessage) : state.message) : null;
  return (
    <form ref={formRef} onSubmit={submit} className={className} aria-labelledby={labelledBy} noValidate>
      <FieldErrors.Provider value={state && !state.ok ? (state.fieldErrors ?? {}) : {}}>{children}</FieldErrors.Provider>
      {message && (
        <p
          role={state?.ok ? "status" : "alert"}
          className={state?.ok ? "col-span-full rounded border border-green-300 bg-green-50 p-2 text-green-900" : "col-span-full rounded border border-red-300 bg-red-50 p-2 text-red-800"}
        >
          {message}
        </p>
      )}
      <button type="submit" disabled={pending || (leavesOnSuccess && state?.ok)} className={submitClassName} aria-label={submitAriaLabel}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}

type ControlProps = { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string; required?: boolean };

/** A labelled field; the control gets the id, name and error wiring through the render function. */
export function Field({
  name,
  label,
  hint,
  required,
  className,
  hideLabel = false,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
  /** Keeps the label for screen readers only, where the row or heading already says what the field is. */
  hideLabel?: boolean;
  children: (props: ControlProps) => React.ReactNode;
}) {
  const id = `${useId()}-${name}`;
  const errors = useContext(FieldErrors)[name] ?? [];
  const described = [hint && `${id}-hint`, errors.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "mb-1 block font-medium"}>
        {label}
        {required && <span className="ml-1 text-red-700" aria-hidden="true">*</span>}
      </label>
      {children({ id, name, "aria-invalid": errors.length > 0, "aria-describedby": described, required })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-gray-700">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** Errors of a field that has no single control (a group of checkboxes), by name. */
export function useFieldErrors(name: string): string[] {
  return useContext(FieldErrors)[name] ?? [];
}

export function FieldError({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      {errors.join("；")}
    </p>
  );
}

/** The options of a select, as [value, label] pairs in display order. */
export function Options({ choices }: { choices: readonly (readonly [string, string])[] }) {
  return choices.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

/** The options of a select over a code set, in the set's order. */
export function CodeOptions({ set }: { set: Readonly<Record<string, string>> }) {
  return <Options choices={Object.entries(set)} />;
}
