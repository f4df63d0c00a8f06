import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { formatChinaTime } from "@/lib/dates";
import { labelOf } from "@/lib/labels";
import { OUTBOX_STATUSES, outboxForAdmin } from "@/lib/mail/outbox";
import { RetryButton } from "./RetryButton";

export const metadata = { title: "邮件发送" };

export default async function MailPage() {
  const user = await requirePage("mail.manage");
  const { pending, sent } = await outboxForAdmin(user);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">邮件发送</h1>
      <p className="mb-4 text-sm text-gray-700">
        给申请人的通知和给办理人员的每日提醒先进入发送队列，由定时任务（npm run jobs）发送；发送失败的会按间隔自动重试，重试 6 次仍失败的需在此重新发送。
      </p>
      <h2 className="mb-2 text-xl font-bold">待发送和发送失败（{pending.length}）</h2>
      <Table
        caption="待发送和发送失败的邮件"
        headers={["收件人", "主题", "状态", "尝试次数", "下次尝试", "错误", "操作"]}
        rows={pending.map((m) => [
          m.to,
          m.subject,
          labelOf(OUTBOX_STATUSES, m.status),
          m.attempts,
          m.status === "queued" ? formatChinaTime(m.nextAttemptAt) : "—",
          m.lastError ?? "",
          m.attempts > 0 ? <RetryButton key={m.id} id={m.id} to={m.to} /> : "",
        ])}
      />
      <h2 className="mb-2 mt-6 text-xl font-bold">最近发送</h2>
      <Table
        caption="最近发送的邮件"
        headers={["收件人", "主题", "发送时间"]}
        rows={sent.map((m) => [m.to, m.subject, m.sentAt ? formatChinaTime(m.sentAt) : ""])}
      />
    </>
  );
}
