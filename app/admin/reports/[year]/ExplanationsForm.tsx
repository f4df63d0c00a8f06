"use client";

import { useActionState, useState } from "react";
import { FormStatus, fieldError } from "@/components/report/FormStatus";
import type { ComparisonRow } from "@/lib/report/compare";
import { saveExplanationsAction } from "./actions";

/** An explanation for each large change against last year. */
export function ExplanationsForm({
  year,
  version,
  rows,
  explanations,
}: {
  year: number;
  version: number;
  rows: ComparisonRow[];
  explanations: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(saveExplanationsAction, null);
  const [values, setValues] = useState(explanations);
  const [shown, setShown] = useState(version);
  if (shown !== version) {
    setShown(version);
    setValues(explanations);
  }
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      {rows.map((row) => {
        const name = `explain.${row.path}`;
        const error = fieldError(state, name);
        return (
          <div key={row.path}>
            <label htmlFor={name} className="mb-1 block font-medium">
              变化说明：{row.label}（{row.previous} → {row.current}）
            </label>
            <textarea
              id={name}
              name={name}
              rows={2}
              value={values[row.path] ?? ""}
              onChange={(e) => setValues({ ...values, [row.path]: e.target.value })}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${name}-error` : undefined}
              className="w-full rounded border border-gray-400 p-2"
            />
            {error && (
              <p id={`${name}-error`} className="text-sm text-red-800">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <FormStatus state={state} success="变化说明已保存。" />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "正在保存…" : "保存变化说明"}
      </button>
    </form>
  );
}
