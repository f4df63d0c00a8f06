"use client";

import { useState } from "react";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
import { TEXT_PARTS, UNFILLED, type TextParts } from "@/lib/report/text";
import { saveTextAction } from "./actions";

/** Every prose part in one form. Figures are written as {{数据路径=数值}} so they stay linked to the data. */
export function TextEditor({ year, version, parts }: { year: number; version: number; parts: TextParts }) {
  const [values, setValues] = useState(parts);
  // When the saved report changes (a save, a refresh of the figures), start again from what is stored.
  const [shown, setShown] = useState(version);
  if (shown !== version) {
    setShown(version);
    setValues(parts);
  }
  return (
    <ActionForm action={saveTextAction} submitLabel="保存正文" pendingLabel="正在保存…" successMessage="正文已保存。">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <p id="text-help" className="text-sm text-gray-700">
        正文中形如 <code>{"{{summary.itemsCreated=16}}"}</code> 的是与数据关联的数字：等号后是文中显示的数值，数据变化后会被标出。删除花括号即成为普通文字。
        “{UNFILLED}”表示尚需填写的内容。
      </p>
      {TEXT_PARTS.map(({ key, label }) => (
        <Field key={key} name={key} label={label}>
          {(p) => (
            <textarea
              {...p}
              aria-describedby={[p["aria-describedby"], "text-help"].filter(Boolean).join(" ")}
              rows={key === "intro" || key === "proactive" ? 7 : 4}
              value={values[key]}
              onChange={(e) => setValues({ ...values, [key]: e.target.value })}
              className={`${inputClass} leading-7`}
            />
          )}
        </Field>
      ))}
    </ActionForm>
  );
}
