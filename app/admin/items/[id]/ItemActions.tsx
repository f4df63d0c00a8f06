"use client";

import { useRouter } from "next/navigation";
import { ActionForm, CodeOptions, Field, inputClass, secondaryButtonClass } from "@/components/ui/form";
import type { ActionResult } from "@/lib/action";
import type { ItemStepDone } from "@/lib/items/codes";
import { ITEM_LIMITS } from "@/lib/items/schema";
import type { ItemScan } from "@/lib/items/vetting/review";
import { WITHDRAWAL_CAUSES } from "@/lib/items/vetting/kinds";
import { approveItemAction, discardItemAction, markItemValidityAction, returnItemAction, submitItemAction, withdrawItemAction } from "../actions";
import { VettingFields } from "./VettingFields";

export type ItemActionsAllowed = { submit: boolean; discard: boolean; review: boolean; managePublished: boolean };

/**
 * The workflow steps open to this user for this item; each names the version it was decided on. `scan` is the
 * 保密审查 of the item as it stands, shown with the approval (the approval scans again before it publishes).
 */
export function ItemActions({ id, version, allowed, scan, today }: { id: string; version: number; allowed: ItemActionsAllowed; scan: ItemScan | null; today: string }) {
  const router = useRouter();
  // The page says what happened (`?done=`); the new version in the address makes every step a new page state.
  // Navigated from the action itself, not from onSuccess: a step that publishes redraws the page in its response,
  // and the form that ran it (no longer allowed) is gone before an effect could run.
  const done =
    (step: ItemStepDone, run: (previous: unknown, form: FormData) => Promise<ActionResult<{ version: number }>>) =>
    async (previous: unknown, form: FormData) => {
      const result = await run(previous, form);
      if (result.ok) router.replace(`/admin/items/${id}?done=${step}&v=${result.data.version}`);
      return result;
    };
  const ref = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const box = "space-y-2 rounded border border-gray-300 bg-white p-3";
  return (
    <section aria-labelledby="workflow" className="space-y-3">
      <h2 id="workflow" className="text-lg font-bold">
        办理
      </h2>
      {allowed.submit && (
        <ActionForm action={done("submitted", submitItemAction)} submitLabel="提交审核" className={box}>
          {ref}
        </ActionForm>
      )}
      {allowed.discard && (
        <ActionForm
          action={done("discarded", discardItemAction)}
          submitLabel="作废草稿"
          className={box}
          submitClassName={secondaryButtonClass}
          confirm="作废后该草稿不再计入统计，也不能恢复；它的索引号不会再分配给其他信息。确定作废吗？"
          confirmLabel="确定作废"
        >
          {ref}
        </ActionForm>
      )}
      {allowed.review && (
        <>
          <ActionForm
            action={done("published", approveItemAction)}
            submitLabel="审核通过并发布"
            className={box}
            confirm="发布后公众即可在网站上看到这条信息，发布记录不能撤销（以后只能撤回）。确定发布吗？"
            confirmLabel="确定发布"
          >
            {ref}
            {scan && <VettingFields findings={scan.findings} sources={scan.sources} today={today} />}
          </ActionForm>
          <ActionForm action={done("returned", returnItemAction)} submitLabel="退回修改" className={box} submitClassName={secondaryButtonClass}>
            {ref}
            <Field name="comment" label="退回意见" required>
              {(p) => <textarea {...p} rows={2} maxLength={ITEM_LIMITS.comment} className={inputClass} />}
            </Field>
          </ActionForm>
        </>
      )}
      {allowed.managePublished && (
        <>
          <ActionForm action={done("validity", markItemValidityAction)} submitLabel="标记废止/失效" className={box} submitClassName={secondaryButtonClass}>
            {ref}
            <Field name="validity" label="标记为">
              {(p) => (
                <select {...p} className={inputClass}>
                  <option value="abolished">废止</option>
                  <option value="expired">失效</option>
                </select>
              )}
            </Field>
            <Field name="abolishedOn" label="废止/失效日期" required>
              {(p) => <input {...p} type="date" className={inputClass} />}
            </Field>
          </ActionForm>
          <ActionForm
            action={done("withdrawn", withdrawItemAction)}
            submitLabel="撤回"
            className={box}
            submitClassName={secondaryButtonClass}
            confirm="撤回后公众将看不到该信息的内容；因泄密或个人信息撤回的，连标题和文号也不再显示。确定撤回吗？"
            confirmLabel="确定撤回"
          >
            {ref}
            <Field name="cause" label="撤回原因">
              {(p) => (
                <select {...p} className={inputClass}>
                  <CodeOptions set={WITHDRAWAL_CAUSES} />
                </select>
              )}
            </Field>
            <Field name="reason" label="撤回理由" required>
              {(p) => <textarea {...p} rows={2} maxLength={ITEM_LIMITS.comment} className={inputClass} />}
            </Field>
          </ActionForm>
        </>
      )}
    </section>
  );
}
