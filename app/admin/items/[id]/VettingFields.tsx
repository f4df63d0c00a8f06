"use client";

import { Field, FieldError, inputClass, useFieldErrors } from "@/components/ui/form";
import { labelOf } from "@/lib/labels";
import { ITEM_LIMITS } from "@/lib/items/schema";
import { FINDING_KINDS, sourceLabel } from "@/lib/items/vetting/kinds";
import type { CheckedSource } from "@/lib/items/vetting/record";
import type { Finding } from "@/lib/items/vetting/scan";

/**
 * The 保密审查 part of the approval form: what was checked, each finding in context with a field for the reason
 * it may be published (left blank, the approval is refused until the item is returned and corrected).
 */
export function VettingFields({ findings, sources, today }: { findings: Finding[]; sources: CheckedSource[]; today: string }) {
  const errors = useFieldErrors("findings");
  return (
    <>
      <fieldset className="space-y-2">
        <legend className="font-bold">保密审查</legend>
        <p className="text-sm text-gray-700">已检查：{sources.map((s) => (s.chars === null ? `${sourceLabel(s)}：${s.note}` : sourceLabel(s))).join("、")}</p>
        {findings.length === 0 ? (
          <p className="text-sm">未发现身份证号、手机号、银行卡号、密级标志、“内部资料”或“不予公开”字样。</p>
        ) : (
          <>
            <p role="note" className="rounded border border-red-300 bg-red-50 p-2 text-sm">
              发现 {findings.length} 处可能不宜公开的内容。请退回修改；确可公开的，逐条填写理由。
            </p>
            <ol className="list-decimal space-y-2 pl-5">
              {findings.map((f, i) => (
                <li key={f.key} className="text-sm">
                  <p>
                    <strong>{labelOf(FINDING_KINDS, f.kind)}</strong> {f.preview}，见{sourceLabel(f)}：<q className="break-all">{f.context}</q>
                  </p>
                  <input type="hidden" name="findingKey" value={f.key} />
                  <Field name="findingReason" label={`第 ${i + 1} 处可以公开的理由`}>
                    {(p) => <textarea {...p} rows={1} maxLength={ITEM_LIMITS.comment} className={inputClass} />}
                  </Field>
                </li>
              ))}
            </ol>
            <FieldError id="vetting-findings-error" errors={errors} />
          </>
        )}
      </fieldset>
      <Field name="publishedOn" label="公开日期" hint="默认为今天；另定日期（不能晚于今天）须填写理由">
        {(p) => <input {...p} type="date" max={today} className={inputClass} />}
      </Field>
      <Field name="publishedOnReason" label="另定公开日期的理由">
        {(p) => <textarea {...p} rows={1} maxLength={ITEM_LIMITS.comment} className={inputClass} />}
      </Field>
    </>
  );
}
