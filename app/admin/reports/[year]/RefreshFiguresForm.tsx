"use client";

import { refreshFiguresAction } from "./actions";
import { DraftForm } from "./DraftForm";

/** Rewrites every linked figure of the prose with the current data. */
export function RefreshFiguresForm({ year, version }: { year: number; version: number }) {
  return (
    <DraftForm
      year={year}
      version={version}
      action={refreshFiguresAction}
      submitLabel="按最新数据更新正文中的数字"
      pendingLabel="正在更新…"
      successMessage="正文中的数字已按最新数据更新。"
      className="space-y-2"
      submitClassName="rounded border border-brand px-3 py-1 font-bold text-brand hover:bg-red-50 disabled:opacity-60"
    />
  );
}
