"use client";

import { startTransition, useActionState } from "react";
import type { ActionResult } from "@/lib/action";

/**
 * Runs a server action from a form's submit event. Dispatching in a transition (rather than <form action>)
 * keeps what the user typed when the server answers with errors: React resets a form after an action prop.
 */
export function useActionForm<T>(serverAction: (previous: unknown, form: FormData) => Promise<ActionResult<T>>) {
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(serverAction, null);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
  const errors = (field: string) => (state && !state.ok ? state.fieldErrors?.[field] : undefined);
  return { state, pending, onSubmit, errors };
}
