"use client";

import { useFieldErrors } from "@/components/ui/form";
import { TEXT_PARTS, UNFILLED, joinPieces, splitPieces, unlinkPiece, type Piece, type TextParts } from "@/lib/report/text";
import { saveTextAction } from "./actions";
import { DraftForm, useDraftState } from "./DraftForm";

/**
 * Every prose part in one form. Linked figures ({{数据路径=数值}} in the stored text) are shown as chips that cannot
 * be typed into — one slip can no longer break a link — and the text between them is edited in its own boxes.
 */
export function TextEditor({ year, version, parts }: { year: number; version: number; parts: TextParts }) {
  const [values, setValues] = useDraftState(parts, version);
  return (
    <DraftForm year={year} version={version} action={saveTextAction} submitLabel="保存正文" pendingLabel="正在保存…" successMessage="正文已保存。">
      <p id="text-help" className="text-sm text-gray-700">
        带底色的数字与数据关联，不能直接修改：数据变化后会被标出，可用“刷新数字”更新；点数字旁的 × 可取消关联，使其成为普通文字。
        “{UNFILLED}”表示尚需填写的内容。
      </p>
      {TEXT_PARTS.map(({ key, label }) => (
        <PartEditor
          key={key}
          name={key}
          label={label}
          value={values[key]}
          onChange={(value) => setValues({ ...values, [key]: value })}
        />
      ))}
    </DraftForm>
  );
}

function PartEditor({ name, label, value, onChange }: { name: string; label: string; value: string; onChange: (value: string) => void }) {
  const error = useFieldErrors(name).join("；") || undefined;
  const pieces = splitPieces(value);
  const single = pieces.length === 1;
  const errorId = `part-${name}-error`;
  const described = error ? `${errorId} text-help` : "text-help";
  const setText = (index: number, text: string) => onChange(joinPieces(pieces.map((p, i) => (i === index ? ({ kind: "text", text } as Piece) : p))));
  let run = 0;
  return (
    <fieldset aria-describedby={described}>
      <legend className="mb-1 font-medium">{label}</legend>
      <input type="hidden" name={name} value={value} />
      <div className={single ? "" : "flex flex-wrap items-start gap-1 rounded border border-gray-400 bg-white p-1"}>
        {pieces.map((piece, i) => {
          if (piece.kind === "figure")
            return (
              <span key={i} className="inline-flex items-center gap-1 rounded bg-blue-100 px-1.5 py-1 leading-6 text-blue-950" title={piece.path}>
                <span aria-label={`关联数字 ${piece.written}（${piece.path}）`}>{piece.written}</span>
                <button
                  type="button"
                  onClick={() => onChange(joinPieces(unlinkPiece(pieces, i)))}
                  aria-label={`取消关联 ${piece.written}（${piece.path}），改为普通文字`}
                  className="rounded px-1 text-blue-900 hover:bg-blue-200"
                >
                  ×
                </button>
              </span>
            );
          run++;
          return (
            <textarea
              key={i}
              aria-label={single ? label : `${label}（第 ${run} 段文字）`}
              aria-describedby={described}
              aria-invalid={error ? true : undefined}
              rows={single ? (name === "intro" || name === "proactive" ? 7 : 4) : 1}
              value={piece.text}
              onChange={(e) => setText(i, e.target.value)}
              className={
                single
                  ? "w-full rounded border border-gray-400 p-2 leading-7"
                  : "field-sizing-content min-h-8 min-w-[3em] max-w-full resize-none rounded border border-dashed border-gray-300 px-1 py-1 leading-6"
              }
            />
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
