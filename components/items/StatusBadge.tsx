import { ITEM_STATUSES, type ItemStatus } from "@/lib/items/codes";
import { isCode, labelOf } from "@/lib/labels";
import type { PublicationFlag } from "@/lib/items/deadline";

const STATUS_STYLE: Record<ItemStatus, string> = {
  draft: "bg-gray-100 text-gray-800 border-gray-400",
  pending_review: "bg-amber-50 text-amber-900 border-amber-400",
  published: "bg-green-50 text-green-900 border-green-500",
  withdrawn: "bg-red-50 text-red-900 border-red-400",
  discarded: "bg-gray-50 text-gray-600 border-gray-300 line-through",
};

export function StatusBadge({ status }: { status: string }) {
  const style = isCode(ITEM_STATUSES, status) ? STATUS_STYLE[status] : STATUS_STYLE.draft;
  return <span className={`inline-block whitespace-nowrap rounded border px-2 text-sm ${style}`}>{labelOf(ITEM_STATUSES, status)}</span>;
}

/** 条例第二十六条 warning next to an item. */
export function PublicationFlagBadge({ flag }: { flag: PublicationFlag }) {
  if (!flag) return null;
  return (
    <span className="inline-block whitespace-nowrap rounded border border-red-500 bg-red-50 px-2 text-sm font-bold text-red-800" title="条例第二十六条：应自形成之日起20个工作日内公开">
      {flag === "late" ? "逾期公开" : "已超期未公开"}
    </span>
  );
}
