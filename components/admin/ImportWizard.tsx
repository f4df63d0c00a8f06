"use client";

import Link from "next/link";
import { startTransition, useActionState, useId, useState } from "react";
import { buttonClass, inputClass } from "@/components/ui/form";
import { Table } from "@/components/ui/Table";
import type { ActionResult } from "@/lib/action";
import type { ImportPreview, ImportResult } from "@/lib/import-xlsx/import";
import { XLSX } from "@/lib/office-formats";
import { BusyProgress } from "./BusyProgress";

type ServerAction<T> = (previous: unknown, form: FormData) => Promise<ActionResult<T>>;

const FAILED: ActionResult<never> = { ok: false, message: "请求未能完成（网络中断或文件过大），未作任何更改。请重试。" };

/** Runs a server action with a FormData built here (the file is kept in state between the two steps). */
function useStep<T>(serverAction: ServerAction<T>) {
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData | null>(async (previous, form) => {
    if (!form) return null;
    try {
      return await serverAction(previous, form);
    } catch {
      return FAILED;
    }
  }, null);
  const run = (form: FormData | null) => startTransition(() => dispatch(form));
  return { state, pending, run };
}

function Alert({ state }: { state: ActionResult<unknown> | null }) {
  if (!state || state.ok) return null;
  const details = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
      <p>{state.message}</p>
      {details.length > 0 && <p>{details.join("；")}</p>}
    </div>
  );
}

/**
 * Excel import in two steps: upload → preview (every row checked, nothing written) → confirm (only the good rows,
 * from the same file, which the server re-reads and compares with the preview's hash).
 */
export function ImportWizard({
  kind,
  noun,
  recordHref,
  preview: previewAction,
  confirm: confirmAction,
}: {
  kind: "items" | "requests";
  /** 条信息 / 件申请: what one row becomes. */
  noun: string;
  /** The admin page of a created record. */
  recordHref: string;
  preview: ServerAction<ImportPreview>;
  confirm: ServerAction<ImportResult>;
}) {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const checking = useStep(previewAction);
  const importing = useStep(confirmAction);
  const preview = checking.state?.ok ? checking.state.data : null;
  const result = importing.state?.ok ? importing.state.data : null;

  function choose(event: React.ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
    checking.run(null);
    importing.run(null);
  }

  function check(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    importing.run(null);
    checking.run(new FormData(event.currentTarget));
  }

  function confirm() {
    if (!file || !preview) return;
    const form = new FormData();
    form.set("file", file);
    form.set("hash", preview.hash);
    form.set("okRows", preview.okRows.join(","));
    importing.run(form);
  }

  const okRows = preview?.rows.flatMap((r) => (r.ok ? [r] : [])) ?? [];
  const badRows = preview?.rows.flatMap((r) => (r.ok ? [] : [r])) ?? [];
  return (
    <div className="space-y-6">
      <form onSubmit={check} className="space-y-3 rounded bg-white p-4 shadow-sm" noValidate>
        <h2 className="text-lg font-bold">第一步：上传并检查</h2>
        <div>
          <label htmlFor={fileId} className="mb-1 block font-medium">
            Excel 文件（.xlsx）
          </label>
          <input
            id={fileId}
            name="file"
            type="file"
            accept={`.xlsx,${XLSX.contentType}`}
            onChange={choose}
            className={inputClass}
            aria-describedby={`${fileId}-hint`}
          />
          <p id={`${fileId}-hint`} className="mt-1 text-sm text-gray-700">
            检查只读取文件、逐行列出结果，不会写入任何数据。
          </p>
        </div>
        <Alert state={checking.state} />
        {checking.pending && <BusyProgress label="正在读取并检查文件…" />}
        <button type="submit" disabled={!file || checking.pending || importing.pending} className={buttonClass}>
          检查文件
        </button>
      </form>

      {preview && (
        <section aria-labelledby="preview-title" className="space-y-4 rounded bg-white p-4 shadow-sm">
          <h2 id="preview-title" className="text-lg font-bold">
            第二步：核对检查结果
          </h2>
          <p role="status" className="font-medium">
            {preview.fileName}：共 {preview.rows.length} 行，{okRows.length} 行可以导入，{badRows.length} 行有错误。
          </p>
          {okRows.length > 0 && (
            <div className="space-y-1">
              <h3 className="font-bold">将要导入的 {okRows.length} 行</h3>
              <Table
                caption={`将要导入的 ${okRows.length} 行`}
                headers={["行号", ...preview.headers]}
                rows={okRows.map((r) => [`第 ${r.row} 行`, ...r.cells.map((cell) => (cell.length > 60 ? `${cell.slice(0, 60)}…` : cell))])}
              />
            </div>
          )}
          {badRows.length > 0 && (
            <div className="space-y-1">
              <h3 className="font-bold">有错误的 {badRows.length} 行（不会导入，请在文件中改正后重新上传）</h3>
              <Table
                caption={`有错误的 ${badRows.length} 行`}
                headers={["行号", "列", "错误"]}
                rows={badRows.flatMap((r) => r.errors.map((e) => [`第 ${r.row} 行`, e.column, e.message]))}
              />
            </div>
          )}
          {!result && (
            <div className="space-y-3">
              <Alert state={importing.state} />
              {importing.pending && <BusyProgress label={`正在导入 ${okRows.length} 行…`} />}
              {okRows.length > 0 ? (
                <button type="button" onClick={confirm} disabled={importing.pending} className={buttonClass}>
                  确认导入 {okRows.length} 行
                </button>
              ) : (
                <p>没有可以导入的行。</p>
              )}
            </div>
          )}
        </section>
      )}

      {result && (
        <section aria-labelledby="result-title" className="space-y-3 rounded border border-green-300 bg-white p-4 shadow-sm">
          <h2 id="result-title" className="text-lg font-bold" tabIndex={-1} ref={(el) => el?.focus()}>
            已导入 {result.created.length} {noun}
          </h2>
          <progress value={result.created.length} max={result.created.length} aria-labelledby="result-title" className="w-full" />
          <Table
            caption="导入的记录"
            headers={["行号", kind === "items" ? "索引号" : "申请编号"]}
            rows={result.created.map((c) => [
              `第 ${c.row} 行`,
              <Link key={c.id} href={`${recordHref}/${c.id}`} className="text-brand underline">
                {c.label}
              </Link>,
            ])}
          />
        </section>
      )}
    </div>
  );
}
