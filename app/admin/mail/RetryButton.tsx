"use client";

import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/form";
import { retryMailAction } from "./actions";

export function RetryButton({ id, to }: { id: string; to: string }) {
  const router = useRouter();
  return (
    <ActionForm
      action={retryMailAction}
      submitLabel={`重新发送给 ${to}`}
      pendingLabel="正在排队…"
      onSuccess={() => router.refresh()}
      className="inline-flex flex-wrap items-center gap-2"
      submitClassName="rounded border border-gray-500 bg-white px-2 text-sm hover:bg-gray-100 disabled:opacity-60"
    >
      <input type="hidden" name="id" value={id} />
    </ActionForm>
  );
}
