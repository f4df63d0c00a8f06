"use client";

import Link from "next/link";
import { useState } from "react";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
import { ApplicantFields } from "@/components/requests/ApplicantFields";
import { submitApplicationAction } from "./actions";

type Target = { id: string; name: string };
type Receipt = { number: string; trackingCode: string; orgName: string };

/** The application form; once submitted it is replaced by the receipt, the only place the 查询码 is shown. */
export function ApplyForm({ targets }: { targets: Target[] }) {
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  if (receipt) return <Confirmation receipt={receipt} />;
  return (
    <ActionForm
      action={submitApplicationAction}
      submitLabel="提交申请"
      pendingLabel="正在提交…"
      onSuccess={(data) => {
        setReceipt(data);
        window.scrollTo(0, 0);
      }}
      className="grid gap-4 rounded bg-white p-4 shadow-sm sm:grid-cols-2"
      submitClassName="justify-self-start rounded bg-brand px-6 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60 sm:col-span-2"
    >
      <Field name="orgId" label="受理机关" required className="sm:col-span-2" hint="向制作或保存该信息的机关申请">
        {(p) => (
          <select {...p} defaultValue={targets.length === 1 ? targets[0].id : ""} className={inputClass}>
            <option value="">请选择</option>
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ApplicantFields />
    </ActionForm>
  );
}

function Confirmation({ receipt }: { receipt: Receipt }) {
  return (
    <section aria-labelledby="receipt-title" className="space-y-4 rounded border border-green-300 bg-white p-4 shadow-sm">
      <h2 id="receipt-title" className="text-xl font-bold" tabIndex={-1} ref={(el) => el?.focus()}>
        申请已提交
      </h2>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[8em_1fr]">
        <dt className="font-medium">受理机关</dt>
        <dd>{receipt.orgName}</dd>
        <dt className="font-medium">申请编号</dt>
        <dd className="font-mono text-lg" data-testid="request-number">
          {receipt.number}
        </dd>
        <dt className="font-medium">查询码</dt>
        <dd className="font-mono text-lg" data-testid="tracking-code">
          {receipt.trackingCode}
        </dd>
      </dl>
      <p className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-900">
        查询码只显示这一次，我们不保存它的明文，也无法找回。请抄写、截图或打印本页保存。凭申请编号和查询码可随时查询办理进度和答复。
      </p>
      <p>
        受理机关将与您确认收到申请，<strong>以双方确认之日为收到申请之日</strong>（《政府信息公开条例》第三十一条），
        并自该日起20个工作日内答复；需要延长的，最长延长20个工作日，并会告知您。
      </p>
      <p className="no-print flex flex-wrap gap-4">
        <button type="button" onClick={() => window.print()} className="rounded border border-gray-500 bg-white px-4 py-2 hover:bg-gray-100">
          打印本页
        </button>
        <Link href="/track" className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
          查询办理进度
        </Link>
      </p>
    </section>
  );
}
