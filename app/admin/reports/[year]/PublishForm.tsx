"use client";

import { startTransition, useActionState, useState } from "react";
import { FormStatus, fieldError } from "@/components/report/FormStatus";
import { useConfirm } from "@/components/ui/ConfirmDialog";
import type { Check } from "@/lib/report/types";
import { publishAction } from "./actions";

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
  const [state, formAction, pending] = useActionState(publishAction, null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const { ask, dialog } = useConfirm();
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const question = `发布后公众将看到第 ${nextVersion} 版，已发布的版本不能更改或删除。确定发布吗？`;
    void ask(question, "确定发布").then((ok) => ok && startTransition(() => formAction(form)));
  }
  return (
    <form onSubmit={submit} className="space-y-3">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      {blocking.length > 0 && (
        <p className="text-amber-900">以下检查未通过。请先修正；确需照此发布的，逐项填写覆盖理由（将随发布版本一并保存）。</p>
      )}
      {blocking.map((check) => {
        const name = `override.${check.code}`;
        const error = fieldError(state, name);
        return (
          <div key={check.code}>
            <label htmlFor={name} className="mb-1 block font-medium">
              覆盖理由：{titles[check.code] ?? check.code}
            </label>
            <textarea
              id={name}
              name={name}
              rows={2}
              value={reasons[check.code] ?? ""}
              onChange={(e) => setReasons({ ...reasons, [check.code]: e.target.value })}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${name}-detail${error ? ` ${name}-error` : ""}`}
              className="w-full rounded border border-gray-400 p-2"
            />
            <p id={`${name}-detail`} className="text-sm text-gray-700">
              {check.detail}
            </p>
            {error && (
              <p id={`${name}-error`} className="text-sm text-red-800">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <FormStatus state={state} success="已发布。公众现在看到的是这一版本。" />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "正在发布…" : `发布第 ${nextVersion} 版`}
      </button>
      {dialog}
    </form>
  );
}
