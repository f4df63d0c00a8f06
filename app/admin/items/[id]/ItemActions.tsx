"use client";

import { useRouter } from "next/navigation";
import { ActionForm, Field, inputClass, secondaryButtonClass } from "@/components/ui/form";
import type { ActionResult } from "@/lib/action";
import type { ItemStepDone } from "@/lib/items/codes";
import { ITEM_LIMITS } from "@/lib/items/schema";
import { approveItemAction, markItemValidityAction, returnItemAction, submitItemAction, withdrawItemAction } from "../actions";

export type ItemActionsAllowed = { submit: boolean; review: boolean; managePublished: boolean };

/** The workflow steps open to this user for this item; each names the version it was decided on. */
export function ItemActions({ id, version, allowed }: { id: string; version: number; allowed: ItemActionsAllowed }) {
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
            confirm="撤回后公众将看不到该信息的内容。确定撤回吗？"
            confirmLabel="确定撤回"
          >
            {ref}
            <Field name="reason" label="撤回理由" required>
              {(p) => <textarea {...p} rows={2} maxLength={ITEM_LIMITS.comment} className={inputClass} />}
            </Field>
          </ActionForm>
        </>
      )}
    </section>
  );
}
