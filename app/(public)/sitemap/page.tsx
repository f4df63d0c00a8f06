import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { catalogueFacets } from "@/lib/items/queries";
import { OTHER_PUBLIC_PAGES, PUBLIC_NAV } from "@/lib/public-nav";
import { listPublishedReports } from "@/lib/report/public";

export const metadata = { title: "网站地图" };

const link = "text-blue-800 underline hover:no-underline";

/** 网站地图: every public page, the catalogue by category and every published annual report. */
export default async function SitemapPage() {
  const [facets, reports] = await Promise.all([catalogueFacets(), listPublishedReports()]);
  const pages = [...PUBLIC_NAV, ...OTHER_PUBLIC_PAGES.filter((p) => p.href !== "/sitemap")];
  return (
    <>
      <Breadcrumbs trail={[{ label: "网站地图" }]} />
      <article className="space-y-5 rounded bg-white p-4 shadow-sm">
        <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold">网站地图</h1>
        <section aria-labelledby="sitemap-pages">
          <h2 id="sitemap-pages" className="mb-2 text-lg font-bold">
            栏目
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 md:grid-cols-4">
            {pages.map((page) => (
              <li key={page.href}>
                <Link href={page.href} className={link}>
                  {page.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="sitemap-categories">
          <h2 id="sitemap-categories" className="mb-2 text-lg font-bold">
            法定主动公开内容（按主题分类）
          </h2>
          {facets.categories.length === 0 ? (
            <p className="text-gray-700">暂无主题分类。</p>
          ) : (
            <ul className="grid gap-2 sm:grid-cols-2 md:grid-cols-4">
              {facets.categories.map((c) => (
                <li key={c.code}>
                  <Link href={`/catalogue?category=${c.code}`} className={link}>
                    {c.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="sitemap-reports">
          <h2 id="sitemap-reports" className="mb-2 text-lg font-bold">
            政府信息公开工作年度报告
          </h2>
          {reports.length === 0 ? (
            <p className="text-gray-700">暂无已发布的年度报告。</p>
          ) : (
            <ul className="space-y-2">
              {reports.map((r) => (
                <li key={`${r.orgCode}-${r.year}`}>
                  <Link href={`/reports/${r.orgCode}/${r.year}`} className={link}>
                    {r.orgName}{r.year}年政府信息公开工作年度报告
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="sitemap-data">
          <h2 id="sitemap-data" className="mb-2 text-lg font-bold">
            开放数据
          </h2>
          <ul className="space-y-2">
            <li>
              <a href="/feed.xml" className={link}>
                最新公开信息订阅（Atom）
              </a>
            </li>
            <li>
              <a href="/api/catalogue" className={link}>
                政府信息公开目录（JSON）
              </a>
            </li>
          </ul>
        </section>
      </article>
    </>
  );
}
