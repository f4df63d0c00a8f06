"use client";

import { useState } from "react";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
import type { TrackView } from "@/lib/requests/track";
import { trackRequestAction } from "./actions";
import { SelfService, type Credentials } from "./SelfService";

/**
 * Number + 查询码 in, the request's status, deadlines and reply out; nothing is put in the address bar. The
 * applicant's own steps below the result send the same two values again (kept in this page's memory only).
 */
export function TrackForm() {
  const [view, setView] = useState<TrackView | null>(null);
  const [typed, setTyped] = useState<Credentials>({ number: "", code: "" });
  const [shown, setShown] = useState<Credentials>(typed);
  const show = (next: TrackView) => {
    setView(next);
    setShown(typed);
  };
  return (
    <div className="space-y-6">
      <ActionForm
        action={trackRequestAction}
        submitLabel="查询"
        pendingLabel="正在查询…"
        onSuccess={show}
        className="grid max-w-xl gap-4 rounded bg-white p-4 shadow-sm"
        submitClassName="justify-self-start rounded bg-brand px-6 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        <Field name="number" label="申请编号" required hint="如 2026-0001">
          {(p) => <input {...p} autoComplete="off" className={inputClass} value={typed.number} onChange={(e) => setTyped({ ...typed, number: e.target.value })} />}
        </Field>
        <Field name="code" label="查询码" required hint="提交申请后确认页上的10位查询码">
          {(p) => <input {...p} autoComplete="off" className={inputClass} value={typed.code} onChange={(e) => setTyped({ ...typed, code: e.target.value })} />}
        </Field>
      </ActionForm>
      {view && (
        <>
          <TrackResult view={view} />
          <SelfService view={view} credentials={shown} onChange={setView} />
        </>
      )}
    </div>
  );
}

function TrackResult({ view }: { view: TrackView }) {
  return (
    <section aria-labelledby="track-result" className="space-y-4 rounded bg-white p-4 shadow-sm">
      <h2 id="track-result" className="text-xl font-bold">
        申请 {view.number} 的办理情况
      </h2>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10em_1fr]">
        <dt className="font-medium">受理机关</dt>
        <dd>
          {view.orgName}
          {view.orgPhone && `（电话 ${view.orgPhone}）`}
        </dd>
        <dt className="font-medium">所需信息</dt>
        <dd className="whitespace-pre-wrap break-words">{view.description}</dd>
        <dt className="font-medium">提交日期</dt>
        <dd>{view.submittedOn}</dd>
        <dt className="font-medium">收到申请之日</dt>
        <dd>{view.receivedOn ?? "尚待受理机关确认"}</dd>
        <dt className="font-medium">办理状态</dt>
        <dd>
          <strong>{view.status}</strong>
        </dd>
        {view.dueOn && (
          <>
            <dt className="font-medium">答复期限</dt>
            <dd>
              {view.dueOn} 前
              {view.dueProvisional && <span className="ml-1 text-amber-900">（暂按工作日推算：该年度节假日安排尚未公布，期限可能顺延）</span>}
            </dd>
          </>
        )}
        {view.feeDueOn && (
          <>
            <dt className="font-medium">缴费期限</dt>
            <dd>{view.feeDueOn} 前</dd>
          </>
        )}
      </dl>
      {view.correction?.pending && (
        <div className="rounded border border-amber-300 bg-amber-50 p-3">
          <h3 className="font-bold">需要您补正</h3>
          <p className="whitespace-pre-wrap">{view.correction.items}</p>
          {view.correction.deadline && <p>请于 {view.correction.deadline} 前补正。逾期无正当理由不补正的，视为放弃申请。</p>}
        </div>
      )}
      {view.correction && !view.correction.pending && (
        <div className="rounded border border-gray-300 p-3">
          <h3 className="font-bold">补正要求</h3>
          <p className="whitespace-pre-wrap">{view.correction.items}</p>
        </div>
      )}
      {view.steps.length > 0 && (
        <div>
          <h3 className="mb-1 font-bold">办理过程和期限计算</h3>
          <ol className="list-decimal space-y-1 pl-6">
            {view.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </div>
      )}
      {view.outcome && (
        <div className="rounded border border-gray-300 p-3">
          <h3 className="font-bold">答复</h3>
          <p>
            答复日期：{view.closedOn}；办理结果：<strong>{view.outcome}</strong>
          </p>
          {view.reason && <p>理由：{view.reason}</p>}
          {view.replyText && <p className="mt-2 whitespace-pre-wrap">{view.replyText}</p>}
        </div>
      )}
    </section>
  );
}
