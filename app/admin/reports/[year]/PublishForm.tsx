"use client";

import { useState } from "react";
import { Field, inputClass } from "@/components/ui/form";
import { labelOf } from "@/lib/labels";
import type { Check } from "@/lib/report/types";
import { publishAction } from "./actions";
import { DraftForm } from "./DraftForm";

/**
 * Publishes the draft as a new version. Each failing error-level check needs a written reason to override it;
 * the reasons are kept with the published version.
 */
export function PublishForm({
  year,
  version,
  nextVersion,
  blocking,
  titles,
}: {
  year: number;
  version: number;
  nextVersion: number;
  blocking: Check[];
  titles: Record<string, string>;
}) {
  const [reasons, setReasons] = useState<Record<string, string>>({});
  return (
    <DraftForm
      year={year}
      version={version}
      action={publishAction}
      submitLabel={`发布第 ${nextVersion} 版`}
      pendingLabel="正在发布…"
      successMessage="已发布。公众现在看到的是这一版本。"
      confirm={`发布后公众将看到第 ${nextVersion} 版，已发布的版本不能更改或删除。确定发布吗？`}
      confirmLabel="确定发布"
      className="space-y-3"
    >
      {blocking.length > 0 && (
        <p className="text-amber-900">以下检查未通过。请先修正；确需照此发布的，逐项填写覆盖理由（将随发布版本一并保存）。</p>
      )}
      {blocking.map((check) => (
        <Field key={check.code} name={`override.${check.code}`} label={`覆盖理由：${labelOf(titles, check.code)}`} hint={check.detail}>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={reasons[check.code] ?? ""}
              onChange={(e) => setReasons({ ...reasons, [check.code]: e.target.value })}
              className={inputClass}
            />
          )}
        </Field>
      ))}
    </DraftForm>
  );
}
