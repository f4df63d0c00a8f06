import { DownloadLink } from "@/components/ui/DownloadLink";
import { Table } from "@/components/ui/Table";
import { auditFilterSchema, listAuditLog, type AuditFilter } from "@/lib/audit";
import { requirePage } from "@/lib/auth/session";
import { formatChinaTime } from "@/lib/dates";

export const metadata = { title: "审计日志" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FIELDS: { name: keyof AuditFilter; label: string; type: string; hint?: string }[] = [
  { name: "action", label: "操作", type: "text", hint: "按前缀，如 auth. 或 user." },
  { name: "actor", label: "操作人", type: "text" },
  { name: "from", label: "开始日期", type: "date" },
  { name: "to", label: "结束日期", type: "date" },
];

export default async function AuditPage({ searchParams }: Props) {
  const user = await requirePage("audit.view");
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string"));
  const parsed = auditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const errors = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  const entries = await listAuditLog(user, filter);
  const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">审计日志</h1>
      <p className="mb-3 text-sm text-gray-700">审计日志只能追加，不能修改或删除。显示最近 200 条符合条件的记录；导出最多 10000 条。</p>
      <form method="get" role="search" aria-label="筛选审计日志" className="mb-4 flex flex-wrap items-end gap-3 rounded bg-white p-3 shadow-sm">
        {FIELDS.map((f) => (
          <div key={f.name}>
            <label htmlFor={`audit-${f.name}`} className="block text-sm font-medium">
              {f.label}
            </label>
            <input
              id={`audit-${f.name}`}
              name={f.name}
              type={f.type}
              defaultValue={raw[f.name] ?? ""}
              placeholder={f.hint}
              className="rounded border border-gray-400 px-2 py-1"
            />
          </div>
        ))}
        <button type="submit" className="rounded bg-brand px-4 py-1.5 font-bold text-white hover:bg-brand-dark">
          筛选
        </button>
        <DownloadLink href={`/api/admin/audit${query ? `?${query}` : ""}`} className="px-2 py-1.5 text-blue-800 underline" fallbackName="audit.csv">
          导出 CSV
        </DownloadLink>
      </form>
      {errors.length > 0 && (
        <p role="alert" className="mb-3 rounded border border-red-300 bg-red-50 p-2 text-red-800">
          筛选条件有误：{errors.join("；")}。已显示全部记录。
        </p>
      )}
      <Table
        caption="审计日志"
        headers={["时间", "操作人", "操作", "对象", "IP"]}
        rows={entries.map((e) => [
          formatChinaTime(e.at),
          e.actor ?? "—",
          e.action,
          [e.entity, e.entityId].filter(Boolean).join(" ") || "—",
          e.ip ?? "—",
        ])}
      />
    </>
  );
}
