"use client";

import { Field, inputClass } from "@/components/ui/form";
import type { ComparisonRow } from "@/lib/report/compare";
import { saveExplanationsAction } from "./actions";
import { DraftForm, useDraftState } from "./DraftForm";

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
  const [values, setValues] = useDraftState(explanations, version);
  return (
    <DraftForm
      year={year}
      version={version}
      action={saveExplanationsAction}
      submitLabel="保存变化说明"
      pendingLabel="正在保存…"
      successMessage="变化说明已保存。"
      className="space-y-3"
    >
      {rows.map((row) => (
        <Field key={row.path} name={`explain.${row.path}`} label={`变化说明：${row.label}（${row.previous} → ${row.current}）`}>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={values[row.path] ?? ""}
              onChange={(e) => setValues({ ...values, [row.path]: e.target.value })}
              className={inputClass}
            />
          )}
        </Field>
      ))}
    </DraftForm>
  );
}
