import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportTable } from "@/components/report/ReportTable";
import { DownloadLink } from "@/components/ui/DownloadLink";
import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { rollupQuery } from "@/lib/oversight/console";
import { EXPORT_FORMATS, EXPORT_FORMAT_CODES } from "@/lib/report/export";
import { cellKeys, cellLabel, formatCell, tableLayouts } from "@/lib/report/layout";
import { buildRollup, rollupCell } from "@/lib/report/rollup";

export const metadata = { title: "汇总年报" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SOURCE_LABELS = { published: "已发布年报", live: "按记录计算" } as const;

export default async function RollupPage({ searchParams }: Props) {
  const user = await requirePage("oversight.view");
  const query = await rollupQuery(user, await searchParams);
  const rollup = query && (await buildRollup(query.region.code, query.year));
  if (!query || !rollup) notFound();
  const { region, year } = query;
  const { report, sources } = rollup;
  const base = `/admin/oversight/rollup?org=${region.code}&year=${year}`;
  const cell = query.cell && cellKeys(report.format).includes(query.cell) ? query.cell : null;
  const bodies = cell ? await rollupCell(region.code, year, cell) : null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/oversight?org=${region.code}&year=${year}`} className="text-blue-800 underline">返回公开监督</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{region.name}及下级机关{year}年政府信息公开工作年度报告（汇总）</h1>
      <p className="mb-3 text-sm text-gray-700">
        共 {sources.length} 个机关：已发布年报的机关采用其最新发布版的数据，其余按记录计算。点击数字可查看各机关的数值。
      </p>
      <p className="mb-4 flex flex-wrap gap-3">
        {EXPORT_FORMAT_CODES.map((format) => (
          <DownloadLink key={format} href={`/api/admin/oversight/rollup?org=${region.code}&year=${year}&format=${format}`} className="text-blue-800 underline" fallbackName={`rollup.${format}`}>
            导出 {EXPORT_FORMATS[format].label}
          </DownloadLink>
        ))}
      </p>
      {bodies && cell && (
        <section id="drilldown" aria-labelledby="drilldown-title" className="mb-6">
          <h2 id="drilldown-title" className="mb-2 text-xl font-bold">{cellLabel(report.format, cell)}：各机关数值</h2>
          <Table
            caption={`${cellLabel(report.format, cell)}的各机关数值`}
            headers={["机关", "数值", "数据来源"]}
            rows={bodies.map((b) => [b.name, formatCell(cell, b.value), b.versionNo ? `${SOURCE_LABELS[b.source]}（第${b.versionNo}版）` : SOURCE_LABELS[b.source]])}
          />
        </section>
      )}
      {tableLayouts(report.format).map((table) => (
        <section key={table.key} className="mb-6" aria-labelledby={`table-${table.key}`}>
          <h2 id={`table-${table.key}`} className="mb-2 text-lg font-bold">{table.title}</h2>
          <div className="overflow-x-auto">
            <ReportTable table={table} values={report} cellHref={(key) => `${base}&cell=${key}#drilldown`} />
          </div>
        </section>
      ))}
      <h2 className="mb-2 text-lg font-bold">数据来源</h2>
      <Table
        caption="各机关的数据来源"
        headers={["机关", "数据来源"]}
        rows={sources.map((s) => [s.name, s.versionNo ? `${SOURCE_LABELS[s.source]}（第${s.versionNo}版）` : SOURCE_LABELS[s.source]])}
      />
    </>
  );
}
