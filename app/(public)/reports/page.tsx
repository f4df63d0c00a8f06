import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { chinaDateTime } from "@/lib/dates";
import { listPublishedReports } from "@/lib/report/public";

export const metadata = { title: "政府信息公开年报" };

export default async function ReportsPage() {
  const reports = await listPublishedReports();
  const years = [...new Set(reports.map((r) => r.year))];
  return (
    <>
      <Breadcrumbs trail={[{ label: "政府信息公开年报" }]} />
      <section aria-labelledby="reports-title" className="rounded bg-white p-4 shadow-sm">
        <h1 id="reports-title" className="mb-3 border-b-2 border-brand pb-2 text-xl font-bold">
          政府信息公开工作年度报告
        </h1>
        {years.length === 0 ? (
          <p className="text-gray-700">暂无已发布的年度报告。</p>
        ) : (
          years.map((year) => (
            <section key={year} aria-labelledby={`year-${year}`} className="mb-4">
              <h2 id={`year-${year}`} className="mb-1 text-lg font-bold">
                {year} 年度
              </h2>
              <ul className="divide-y divide-gray-200">
                {reports
                  .filter((r) => r.year === year)
                  .map((r) => (
                    <li key={r.orgCode} className="flex flex-col gap-1 py-2 sm:flex-row sm:justify-between">
                      <Link href={`/reports/${r.orgCode}/${r.year}`} className="text-blue-800 hover:underline">
                        {r.orgName}{r.year}年政府信息公开工作年度报告
                      </Link>
                      <span className="shrink-0 text-sm text-gray-700">发布于 {chinaDateTime(r.publishedAt).slice(0, 10)}</span>
                    </li>
                  ))}
              </ul>
            </section>
          ))
        )}
      </section>
    </>
  );
}
