"use client";

import { useRouter } from "next/navigation";
import { ActionForm, CodeOptions, Field, inputClass } from "@/components/ui/form";
import type { EventKind } from "@/lib/requests/events";
import { CONSULTED_PARTIES, FEE_BASES, OUTCOMES } from "@/lib/requests/codes";
import {
  closeAction,
  confirmReceiptAction,
  consultationEndAction,
  consultationStartAction,
  correctionNoticeAction,
  correctionReceivedAction,
  extensionAction,
  feeNoticeAction,
  feePaidAction,
} from "../actions";

type Props = {
  requestId: string;
  version: number;
  today: string;
  allowed: EventKind[];
  unpaidFees: { id: string; label: string }[];
};

/** One step of the clock: a titled card with its own form; the server re-checks every rule. */
function StepCard({
  title,
  action,
  submitLabel,
  children,
  requestId,
  version,
  wide,
}: {
  title: string;
  action: Parameters<typeof ActionForm>[0]["action"];
  submitLabel: string;
  children: React.ReactNode;
  requestId: string;
  version: number;
  wide?: boolean;
}) {
  const router = useRouter();
  return (
    <section aria-label={title} className={`rounded bg-white p-4 shadow-sm ${wide ? "lg:col-span-2" : ""}`}>
      <h3 className="mb-2 font-bold">{title}</h3>
      <ActionForm action={action} submitLabel={submitLabel} onSuccess={() => router.refresh()} className="space-y-3">
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="version" value={version} />
        {children}
      </ActionForm>
    </section>
  );
}

function DateField({ label, today, hint }: { label: string; today: string; hint?: string }) {
  return (
    <Field name="on" label={label} required hint={hint}>
      {(p) => <input {...p} type="date" defaultValue={today} max={today} className={inputClass} />}
    </Field>
  );
}

/** The forms for the steps the 条例 allows now (computed on the server from the ledger). */
export function StepForms({ requestId, version, today, allowed, unpaidFees }: Props) {
  const can = (kind: EventKind) => allowed.includes(kind);
  const card = { requestId, version };
  if (allowed.length === 0) return null;
  return (
    // keyed by version: after each step the page refreshes and every form starts empty again
    <div key={version} className="grid gap-4 lg:grid-cols-2">
      {can("received") && (
        <StepCard title="确认收到申请" action={confirmReceiptAction} submitLabel="确认收到" {...card}>
          <DateField label="确认日期" today={today} hint="与申请人确认收到申请之日，即收到申请之日（条例第三十一条）" />
        </StepCard>
      )}
      {can("correction_sent") && (
        <StepCard title="补正通知（一次性告知）" action={correctionNoticeAction} submitLabel="发出补正通知" {...card}>
          <DateField label="补正通知日期" today={today} hint="应在收到申请之日起7个工作日内发出（条例第三十条）" />
          <Field name="items" label="需要补正的事项" required>
            {(p) => <textarea {...p} rows={3} className={inputClass} />}
          </Field>
          <Field name="deadlineOn" label="补正期限" required>
            {(p) => <input {...p} type="date" className={inputClass} />}
          </Field>
        </StepCard>
      )}
      {can("correction_received") && (
        <StepCard title="收到补正" action={correctionReceivedAction} submitLabel="登记收到补正" {...card}>
          <DateField label="收到补正日期" today={today} hint="答复期限自此日起重新计算20个工作日" />
        </StepCard>
      )}
      {can("consultation_start") && (
        <StepCard title="征求意见" action={consultationStartAction} submitLabel="登记征求意见" {...card}>
          <DateField label="发出征求意见书日期" today={today} hint="征求意见期间不计入答复期限（条例第三十三条）" />
          <Field name="party" label="征求对象类型" required>
            {(p) => (
              <select {...p} defaultValue="third_party" className={inputClass}>
                <CodeOptions set={CONSULTED_PARTIES} />
              </select>
            )}
          </Field>
          <Field name="partyName" label="征求对象名称" required>
            {(p) => <input {...p} className={inputClass} />}
          </Field>
        </StepCard>
      )}
      {can("consultation_end") && (
        <StepCard title="征求意见结束" action={consultationEndAction} submitLabel="登记征求意见结束" {...card}>
          <DateField label="收到意见日期" today={today} hint="对方逾期未提出意见的，填写期满之日" />
          <Field name="note" label="意见摘要">
            {(p) => <textarea {...p} rows={2} className={inputClass} />}
          </Field>
        </StepCard>
      )}
      {can("extension_approved") && (
        <StepCard title="延长答复期限" action={extensionAction} submitLabel="延长期限" {...card}>
          <DateField label="批准延期日期" today={today} hint="须经政府信息公开工作机构负责人同意，并告知申请人" />
          <Field name="days" label="延长的工作日数" required hint="最长20个工作日">
            {(p) => <input {...p} type="number" min={1} max={20} defaultValue={20} className={inputClass} />}
          </Field>
          <Field name="approver" label="批准延期的负责人" required>
            {(p) => <input {...p} className={inputClass} />}
          </Field>
          <Field name="notifiedOn" label="告知申请人之日" required>
            {(p) => <input {...p} type="date" defaultValue={today} max={today} className={inputClass} />}
          </Field>
        </StepCard>
      )}
      {can("fee_notice") && (
        <StepCard title="信息处理费" action={feeNoticeAction} submitLabel="发出收费通知" {...card}>
          <DateField label="收费通知日期" today={today} hint="国办函〔2020〕109号；申请人缴费前答复期限暂停" />
          <Field name="basis" label="计收方式" required>
            {(p) => (
              <select {...p} defaultValue="per_item" className={inputClass}>
                <CodeOptions set={FEE_BASES} />
              </select>
            )}
          </Field>
          <Field name="amountFen" label="收费金额（元）" required>
            {(p) => <input {...p} inputMode="decimal" className={inputClass} />}
          </Field>
        </StepCard>
      )}
      {can("fee_paid") && unpaidFees.length > 0 && (
        <StepCard title="登记缴费" action={feePaidAction} submitLabel="登记缴费" {...card}>
          <DateField label="缴费日期" today={today} />
          <Field name="feeId" label="收费通知" required>
            {(p) => (
              <select {...p} defaultValue={unpaidFees[0].id} className={inputClass}>
                {unpaidFees.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </StepCard>
      )}
      {can("reply_sent") && (
        <StepCard title="答复办结" action={closeAction} submitLabel="办结" wide {...card}>
          <DateField label="答复日期" today={today} />
          <Field name="outcome" label="办理结果" required hint="与年度报告表三的行一一对应；区分处理的只选“部分公开”">
            {(p) => (
              <select {...p} defaultValue="" className={inputClass}>
                <option value="">请选择</option>
                <CodeOptions set={OUTCOMES} />
              </select>
            )}
          </Field>
          <Field name="reason" label="理由" hint="除“予以公开”外均须写明，如不予公开的依据">
            {(p) => <textarea {...p} rows={2} className={inputClass} />}
          </Field>
          <Field name="replyText" label="答复书内容" required hint="答复申请人的告知书正文，申请人可在查询页看到">
            {(p) => <textarea {...p} rows={6} className={inputClass} />}
          </Field>
        </StepCard>
      )}
    </div>
  );
}
