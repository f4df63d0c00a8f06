"use client";

import { ActionForm, Field, inputClass, secondaryButtonClass } from "@/components/ui/form";
import { ATTACHMENT_ACCEPT, ATTACHMENT_TYPES_LABEL, MAX_ATTACHMENT_LABEL } from "@/lib/items/file-type";
import type { TrackView } from "@/lib/requests/track";
import { answerCorrectionAction, withdrawApplicationAction } from "./actions";

export type Credentials = { number: string; code: string };

const FILE_KINDS = { correction: "补正材料", reply: "答复文件" } as const;

function Hidden({ credentials }: { credentials: Credentials }) {
  return (
    <>
      <input type="hidden" name="number" value={credentials.number} />
      <input type="hidden" name="code" value={credentials.code} />
    </>
  );
}

/** What the applicant can do online with number + 查询码: answer a 补正, withdraw, download the files. */
export function SelfService({ view, credentials, onChange }: { view: TrackView; credentials: Credentials; onChange: (view: TrackView) => void }) {
  return (
    <div className="space-y-4">
      {view.files.length > 0 && (
        <section aria-labelledby="track-files" className="rounded bg-white p-4 shadow-sm">
          <h2 id="track-files" className="mb-2 text-xl font-bold">
            文件
          </h2>
          <ul className="space-y-2">
            {view.files.map((file) => (
              // A POST, so the 查询码 never appears in an address, a log or the browser's history.
              <li key={file.id}>
                <form method="post" action={`/request-files/${file.id}`} className="inline">
                  <Hidden credentials={credentials} />
                  <span className="mr-2 text-sm text-gray-700">{FILE_KINDS[file.kind as keyof typeof FILE_KINDS] ?? file.kind}</span>
                  <button type="submit" className="text-blue-800 underline">
                    下载 {file.fileName}
                  </button>
                  <span className="ml-2 text-sm text-gray-700">（{Math.ceil(file.size / 1024)} KB）</span>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.canAnswerCorrection && (
        <section aria-labelledby="track-correction" className="rounded bg-white p-4 shadow-sm">
          <h2 id="track-correction" className="mb-2 text-xl font-bold">
            在线补正
          </h2>
          <ActionForm
            action={answerCorrectionAction}
            submitLabel="提交补正"
            pendingLabel="正在提交…"
            successMessage="补正已提交，答复期限自今日起重新计算。"
            onSuccess={onChange}
            className="grid max-w-xl gap-4"
          >
            <Hidden credentials={credentials} />
            <Field name="supplied" label="补正内容" required hint="按补正要求说明或补充所需信息的内容">
              {(p) => <textarea {...p} rows={4} className={inputClass} />}
            </Field>
            <Field name="files" label="补正材料（可选）" hint={`${ATTACHMENT_TYPES_LABEL}，最多5个，每个不超过 ${MAX_ATTACHMENT_LABEL}`}>
              {(p) => <input {...p} type="file" multiple accept={ATTACHMENT_ACCEPT} className={inputClass} />}
            </Field>
          </ActionForm>
        </section>
      )}
      {view.canWithdraw && (
        <section aria-labelledby="track-withdraw" className="rounded bg-white p-4 shadow-sm">
          <h2 id="track-withdraw" className="mb-2 text-xl font-bold">
            撤回申请
          </h2>
          <ActionForm
            action={withdrawApplicationAction}
            submitLabel="撤回申请"
            pendingLabel="正在撤回…"
            confirm="撤回后受理机关不再处理该申请，且不能恢复。确定撤回吗？"
            confirmLabel="确定撤回"
            successMessage="申请已撤回。"
            onSuccess={onChange}
            className="grid max-w-xl gap-4"
            submitClassName={secondaryButtonClass}
          >
            <Hidden credentials={credentials} />
            <Field name="reason" label="撤回理由（可选）">
              {(p) => <input {...p} className={inputClass} />}
            </Field>
          </ActionForm>
        </section>
      )}
    </div>
  );
}
