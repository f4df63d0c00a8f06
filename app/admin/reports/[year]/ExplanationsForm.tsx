"use client";

import { useState } from "react";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
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
  const [values, setValues] = useState(explanations);
  const [shown, setShown] = useState(version);
  if (shown !== version) {
    setShown(version);
    setValues(explanations);
  }
  return (
    <ActionForm
      action={saveExplanationsAction}
      submitLabel="保存变化说明"
      pendingLabel="正在保存…"
      successMessage="变化说明已保存。"
      className="space-y-3"
    >
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
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
    </ActionForm>
  );
}
