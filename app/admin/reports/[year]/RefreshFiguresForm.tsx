"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/report/FormStatus";
import { refreshFiguresAction } from "./actions";

/** Rewrites every linked figure of the prose with the current data. */
export function RefreshFiguresForm({ year, version }: { year: number; version: number }) {
  const [state, formAction, pending] = useActionState(refreshFiguresAction, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className="rounded border border-brand px-3 py-1 font-bold text-brand hover:bg-red-50 disabled:opacity-60">
        {pending ? "正在更新…" : "按最新数据更新正文中的数字"}
      </button>
      <FormStatus state={state} success="正文中的数字已按最新数据更新。" />
    </form>
  );
}
