"use client";

import { useActionState, useState } from "react";
import { FormStatus, fieldError } from "@/components/report/FormStatus";
import { TEXT_PARTS, UNFILLED, type TextParts } from "@/lib/report/text";
import { saveTextAction } from "./actions";

/** Every prose part in one form. Figures are written as {{数据路径=数值}} so they stay linked to the data. */
export function TextEditor({ year, version, parts }: { year: number; version: number; parts: TextParts }) {
  const [state, formAction, pending] = useActionState(saveTextAction, null);
  const [values, setValues] = useState(parts);
  // When the saved report changes (a save, a refresh of the figures), start again from what is stored.
  const [shown, setShown] = useState(version);
  if (shown !== version) {
    setShown(version);
    setValues(parts);
  }
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <p id="text-help" className="text-sm text-gray-700">
        正文中形如 <code>{"{{summary.itemsCreated=16}}"}</code> 的是与数据关联的数字：等号后是文中显示的数值，数据变化后会被标出。删除花括号即成为普通文字。
        “{UNFILLED}”表示尚需填写的内容。
      </p>
      {TEXT_PARTS.map(({ key, label }) => {
        const error = fieldError(state, key);
        return (
          <div key={key}>
            <label htmlFor={`part-${key}`} className="mb-1 block font-medium">
              {label}
            </label>
            <textarea
              id={`part-${key}`}
              name={key}
              rows={key === "intro" || key === "proactive" ? 7 : 4}
              value={values[key]}
              onChange={(e) => setValues({ ...values, [key]: e.target.value })}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `part-${key}-error` : "text-help"}
              className="w-full rounded border border-gray-400 p-2 leading-7"
            />
            {error && (
              <p id={`part-${key}-error`} className="text-sm text-red-800">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <FormStatus state={state} success="正文已保存。" />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "正在保存…" : "保存正文"}
      </button>
    </form>
  );
}
