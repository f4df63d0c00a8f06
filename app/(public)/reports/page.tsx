import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { OrgSearchForm } from "@/components/org/OrgSearchForm";
import { chinaDateTime } from "@/lib/dates";
import { hrefWith, type SearchParams } from "@/lib/items/filters";
import { publicOrganization } from "@/lib/organizations/directory";
import { listPublishedReports, parseReportListQuery, publishedReportYears, REPORT_LIST_LIMIT } from "@/lib/report/public";

export const metadata = { title: "政府信息公开年报" };

/** Published reports: one body's (?org=), or one year's (the latest by default), narrowed by the body's name (?q=). */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = parseReportListQuery(await searchParams);
  const [org, years] = await Promise.all([query.org ? publicOrganization(query.org) : null, publishedReportYears()]);
  if (query.org && !org) notFound();
  const year = query.org ? query.year : (query.year ?? years[0]);
  const reports = years.length ? await listPublishedReports({ ...query, year }) : [];
  const byYear = [...new Set(reports.map((r) => r.year))];
  const navLink = "block rounded px-2 py-1 hover:bg-gray-100 hover:underline aria-[current=true]:bg-brand aria-[current=true]:text-white";
  return (
    <>
      <Breadcrumbs trail={org ? [{ label: org.name, href: `/org/${org.code}` }, { label: "政府信息公开年报" }] : [{ label: "政府信息公开年报" }]} />
      <section aria-labelledby="reports-title" className="space-y-3 rounded bg-white p-4 shadow-sm">
        <h1 id="reports-title" className="border-b-2 border-brand pb-2 text-xl font-bold">
          {org ? `${org.name} 政府信息公开工作年度报告` : "政府信息公开工作年度报告"}
        </h1>
        {!org && years.length > 0 && (
          <>
            <nav aria-label="按年度">
              <ul className="flex flex-wrap gap-1 text-sm">
                {years.map((y) => (
                  <li key={y}>
                    <Link href={hrefWith("/reports", { year: y, q: query.q })} aria-current={y === year} className={navLink}>
                      {y} 年度
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <OrgSearchForm action="/reports" defaultValue={query.q ?? ""} label="按机构名称查找年报" />
          </>
        )}
        {reports.length === 0 ? (
          <p className="text-gray-700">{query.q ? "没有名称相符的机构发布的年度报告。" : "暂无已发布的年度报告。"}</p>
        ) : (
          byYear.map((y) => (
            <section key={y} aria-labelledby={`year-${y}`}>
              <h2 id={`year-${y}`} className="mb-1 text-lg font-bold">
                {y} 年度
              </h2>
              <ul className="divide-y divide-gray-200">
                {reports
                  .slice(0, REPORT_LIST_LIMIT)
                  .filter((r) => r.year === y)
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
        {reports.length > REPORT_LIST_LIMIT && <p className="text-sm text-gray-700">仅显示前 {REPORT_LIST_LIMIT} 份，请按机构名称查找。</p>}
      </section>
    </>
  );
}
