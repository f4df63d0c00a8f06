"use client";

import { RequestNumberLinks } from "@/components/requests/RequestNumberLinks";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/form";
import type { ProactiveSuggestion } from "@/lib/requests/proactive";
import { convertToProactiveAction } from "./actions";

/** 依申请转主动 (条例第四十四条): each group of alike requests, and the one action that drafts the item. */
export function ProactiveSuggestions({ suggestions }: { suggestions: ProactiveSuggestion[] }) {
  const router = useRouter();
  return (
    <section aria-labelledby="proactive-title" className="rounded border border-sky-300 bg-sky-50 p-3">
      <h2 id="proactive-title" className="font-bold">
        建议转为主动公开（条例第四十四条）
      </h2>
      <p className="text-sm">多个申请人就相同政府信息提出申请；该信息可以公开的，可以纳入主动公开范围。请核实后办理。</p>
      <ul className="mt-2 space-y-3">
        {suggestions.map((s) => (
          <li key={s.requests[0].id} className="rounded bg-white p-3 shadow-sm">
            <p>
              {s.applicants} 位申请人、{s.requests.length} 件申请：“{s.requests[0].description}”
            </p>
            <p className="text-sm">
              <RequestNumberLinks requests={s.requests} />
            </p>
            <ActionForm
              action={convertToProactiveAction}
              submitLabel="转为主动公开（生成信息草稿）"
              submitAriaLabel={`将申请 ${s.requests.map((r) => r.number).join("、")} 转为主动公开`}
              onSuccess={(data) => router.push(`/admin/items/${data.itemId}`)}
              leavesOnSuccess
              className="mt-2"
            >
              {s.requests.map((r) => (
                <input key={r.id} type="hidden" name="requestIds" value={r.id} />
              ))}
            </ActionForm>
          </li>
        ))}
      </ul>
    </section>
  );
}
