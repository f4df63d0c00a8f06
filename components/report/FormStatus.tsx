import type { ActionResult } from "@/lib/action";

/** The outcome of a form's server action: an error announced at once, a success announced politely. */
export function FormStatus({ state, success }: { state: ActionResult<unknown> | null; success: string }) {
  return (
    <div aria-live="polite">
      {state?.ok === false && (
        <p role="alert" className="my-2 rounded border border-red-300 bg-red-50 p-2 text-red-800">
          {state.message}
        </p>
      )}
      {state?.ok && <p role="status" className="my-2 rounded border border-green-300 bg-green-50 p-2 text-green-800">{success}</p>}
    </div>
  );
}

/** Field errors of a result, for `aria-describedby` targets next to each field. */
export function fieldError(state: ActionResult<unknown> | null, name: string): string | undefined {
  return state?.ok === false ? state.fieldErrors?.[name]?.join("；") : undefined;
}
