import type { Clock } from "@/lib/requests/clock";
import { todayInChina } from "@/lib/dates";
import { DUE_SOON_WORKING_DAYS } from "@/lib/requests/queries";
import { waitingSince } from "@/lib/requests/waiting";

/** Said after a deadline that falls in a year whose holiday notice is not loaded (the notice may move it). */
export function ProvisionalMark() {
  return <span className="ml-1 rounded bg-amber-100 px-1 text-sm text-amber-900" title="该年度节假日安排尚未载入，期限暂按周一至周五推算，载入后可能变化">暂按工作日推算</span>;
}

/** The deadline in one phrase, with overdue and nearly-due requests marked in words, not only colour. */
export function DueSummary({
  clock,
  overdue,
  daysLeft,
  submittedAt,
  provisional,
}: {
  clock: Clock;
  overdue: boolean;
  daysLeft: number | null;
  submittedAt: Date;
  provisional: boolean;
}) {
  if (clock.status === "closed") return <span>已办结</span>;
  if (clock.status === "not_received") return <strong className="text-amber-800">{waitingSince(todayInChina(submittedAt), todayInChina())}</strong>;
  if (clock.status === "awaiting_correction") return <span>等待补正（期限未起算）</span>;
  if (clock.paused) {
    return <span>{clock.waitingFor === "fee" ? `等待缴费，缴费期限 ${clock.feeDueOn}` : "征求意见中"}（期限暂停，剩余 {clock.remainingWorkingDays} 个工作日）</span>;
  }
  if (!clock.dueOn) return <span>—</span>;
  if (overdue) {
    const late = -(daysLeft ?? 0);
    return (
      <>
        <strong className="text-red-800">已超期{late > 0 ? ` ${late} 个工作日` : ""}（期限 {clock.dueOn}）</strong>
        {provisional && <ProvisionalMark />}
      </>
    );
  }
  return (
    <>
      <span className={daysLeft !== null && daysLeft <= DUE_SOON_WORKING_DAYS ? "font-bold text-amber-800" : undefined}>
        答复期限 {clock.dueOn}（还剩 {daysLeft} 个工作日）
      </span>
      {provisional && <ProvisionalMark />}
    </>
  );
}
