"use client";

import Link from "next/link";
import { useState } from "react";
import { ActionForm, CodeOptions, Field, inputClass } from "@/components/ui/form";
import { ApplicantFields } from "@/components/requests/ApplicantFields";
import { REQUEST_CHANNELS } from "@/lib/requests/codes";
import { intakeAction } from "../actions";

type Logged = { id: string; number: string; trackingCode: string };

/** A clerk logs a written, mailed, faxed or oral application; the 查询码 is shown once to hand to the applicant. */
export function IntakeForm({ today }: { today: string }) {
  const [logged, setLogged] = useState<Logged | null>(null);
  if (logged) {
    return (
      <section aria-labelledby="logged-title" className="space-y-3 rounded border border-green-300 bg-white p-4 shadow-sm">
        <h2 id="logged-title" className="text-xl font-bold" tabIndex={-1} ref={(el) => el?.focus()}>
          已登记申请 {logged.number}
        </h2>
        <p>
          请将申请编号 <strong className="font-mono">{logged.number}</strong> 和查询码{" "}
          <strong className="font-mono">{logged.trackingCode}</strong> 告知申请人，凭此可在网站查询办理进度。查询码只显示这一次。
        </p>
        <p className="flex flex-wrap gap-4">
          <Link href={`/admin/requests/${logged.id}`} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
            查看并办理
          </Link>
          <button type="button" onClick={() => setLogged(null)} className="rounded border border-gray-500 bg-white px-4 py-2 hover:bg-gray-100">
            继续登记
          </button>
        </p>
      </section>
    );
  }
  return (
    <ActionForm
      action={intakeAction}
      submitLabel="登记申请"
      pendingLabel="正在登记…"
      onSuccess={setLogged}
      className="grid gap-4 rounded bg-white p-4 shadow-sm sm:grid-cols-2"
      submitClassName="justify-self-start rounded bg-brand px-6 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60 sm:col-span-2"
    >
      <Field name="channel" label="申请渠道" required>
        {(p) => (
          <select {...p} defaultValue="in_person" className={inputClass}>
            <CodeOptions set={REQUEST_CHANNELS} />
          </select>
        )}
      </Field>
      <Field
        name="receivedOn"
        label="收到申请之日"
        required
        hint="当面提交：提交之日；邮寄：签收之日；平常信函、互联网、传真、电子邮件：与申请人确认之日（条例第三十一条）"
      >
        {(p) => <input {...p} type="date" defaultValue={today} max={today} className={inputClass} />}
      </Field>
      <ApplicantFields />
    </ActionForm>
  );
}
