import { Table } from "@/components/ui/Table";
import { listAuditLog } from "@/lib/audit";
import { requirePage } from "@/lib/auth/session";

export const metadata = { title: "审计日志" };

export default async function AuditPage() {
  await requirePage("audit.view");
  const entries = await listAuditLog({});
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">审计日志</h1>
      <p className="mb-3 text-sm text-gray-700">最近 200 条记录。审计日志只能追加，不能修改或删除。</p>
      <Table
        caption="审计日志"
        headers={["时间", "操作人", "操作", "对象", "IP"]}
        rows={entries.map((e) => [
          e.at.toISOString().replace("T", " ").slice(0, 19),
          e.actor ?? "—",
          e.action,
          [e.entity, e.entityId].filter(Boolean).join(" ") || "—",
          e.ip ?? "—",
        ])}
      />
    </>
  );
}
