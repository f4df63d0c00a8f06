import Link from "next/link";
import { notFound } from "next/navigation";
import { DownloadLink } from "@/components/ui/DownloadLink";
import { inputClass } from "@/components/ui/form";
import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { OVERSIGHT_PAGE_SIZE, oversightConsole, type OversightSort } from "@/lib/oversight/console";
import { consoleCells, consoleTitle, CONSOLE_HEADERS } from "@/lib/oversight/export";

export const metadata = { title: "公开监督" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SORTS: Record<OversightSort, string> = {
  code: "机关代码",
  report: "年报发布情况",
  checks: "未通过的检查",
  open: "办理中的申请",
  overdue: "已逾期的申请",
  dueSoon: "即将到期的申请",
  lateItems: "逾期公开的信息",
  uninterpreted: "未同步解读的政策文件",
  idle: "距上次公开天数",
};

export default async function OversightPage({ searchParams }: Props) {
  const user = await requirePage("oversight.view");
  const view = await oversightConsole(user, await searchParams);
  if (!view) notFound();
  const { year, sort, scope, rows, page, pages, total } = view;
  const scopeName = scope.root?.name ?? "全平台";
  const query = new URLSearchParams({ year: String(year), sort, ...(scope.root ? { org: scope.root.code } : {}) });
  const thisYear = Number(new Date().getFullYear());
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">公开监督</h1>
      <p className="mb-3 text-sm text-gray-700">{consoleTitle(scopeName, year)}。申请的办理情况为今天的情况；只读，不能修改各机关的记录。</p>
      <form method="get" aria-label="选择监督范围" className="mb-4 flex flex-wrap items-end gap-3 rounded bg-white p-3 shadow-sm">
        <div>
          <label htmlFor="oversight-year" className="mb-1 block text-sm font-medium">年度</label>
          <select id="oversight-year" name="year" defaultValue={year} className={inputClass}>
            {Array.from({ length: 10 }, (_, i) => thisYear - i).map((y) => (
              <option key={y} value={y}>{y} 年</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="oversight-org" className="mb-1 block text-sm font-medium">范围（机关代码）</label>
          <input id="oversight-org" name="org" defaultValue={scope.root?.code ?? ""} className={inputClass} aria-describedby="oversight-org-hint" />
          <p id="oversight-org-hint" className="text-xs text-gray-700">该机关及其下级机关</p>
        </div>
        <div>
          <label htmlFor="oversight-sort" className="mb-1 block text-sm font-medium">排序</label>
          <select id="oversight-sort" name="sort" defaultValue={sort} className={inputClass}>
            {Object.entries(SORTS).map(([code, label]) => (
              <option key={code} value={code}>{label}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">查看</button>
        <DownloadLink href={`/api/admin/oversight?${query}`} className="px-2 py-2 text-blue-800 underline" fallbackName="oversight.csv">导出 CSV</DownloadLink>
        <DownloadLink href={`/api/admin/oversight?${query}&format=xlsx`} className="px-2 py-2 text-blue-800 underline" fallbackName="oversight.xlsx">导出 Excel</DownloadLink>
      </form>
      {scope.root && (
        <p className="mb-3">
          <Link href={`/admin/oversight/rollup?org=${scope.root.code}&year=${year}`} className="text-blue-800 underline">
            查看{scope.root.name}及下级机关的汇总年报（{year}年）
          </Link>
        </p>
      )}
      <p className="mb-2 text-sm text-gray-700" role="status">
        共 {total} 个机关{pages > 1 ? `，第 ${page} / ${pages} 页（每页 ${OVERSIGHT_PAGE_SIZE} 个；导出包含全部机关）` : ""}
      </p>
      <Table
        caption={consoleTitle(scopeName, year)}
        headers={CONSOLE_HEADERS}
        rows={rows.map((row) => {
          const [name, ...cells] = consoleCells(row);
          return [
            <Link key={row.code} href={`/admin/oversight?${new URLSearchParams({ year: String(year), sort, org: row.code })}`} className="text-blue-800 underline">
              {name}
            </Link>,
            ...cells,
          ];
        })}
      />
      {pages > 1 && (
        <nav aria-label="分页" className="mt-3 flex gap-4">
          {page > 1 && (
            <Link href={`/admin/oversight?${new URLSearchParams({ ...Object.fromEntries(query), page: String(page - 1) })}`} className="text-blue-800 underline">
              上一页
            </Link>
          )}
          {page < pages && (
            <Link href={`/admin/oversight?${new URLSearchParams({ ...Object.fromEntries(query), page: String(page + 1) })}`} className="text-blue-800 underline">
              下一页
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
