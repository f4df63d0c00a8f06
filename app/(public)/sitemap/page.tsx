import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { LinkList } from "@/components/ui/LinkList";
import { catalogueFacets } from "@/lib/items/queries";
import { OTHER_PUBLIC_PAGES, PUBLIC_NAV } from "@/lib/public-nav";
import { childrenOf } from "@/lib/organizations/directory";
import { publishedReportYears } from "@/lib/report/public";

export const metadata = { title: "网站地图" };

const link = "text-blue-800 underline hover:no-underline";

/**
 * 网站地图: every public page, the catalogue by category, the bodies by the tree's first two levels (deeper ones are
 * a click away in 机构导航, so the page stays small on a province's platform) and the annual reports by year.
 */
export default async function SitemapPage() {
  const [facets, years, roots] = await Promise.all([catalogueFacets(), publishedReportYears(), childrenOf(null)]);
  const tree = await Promise.all(roots.map(async (root) => ({ root, children: root.childCount > 0 ? await childrenOf(root.id) : [] })));
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
          <LinkList links={pages} className="grid gap-2 sm:grid-cols-2 md:grid-cols-4" linkClassName={link} />
        </section>
        <section aria-labelledby="sitemap-categories">
          <h2 id="sitemap-categories" className="mb-2 text-lg font-bold">
            法定主动公开内容（按主题分类）
          </h2>
          {facets.categories.length === 0 ? (
            <p className="text-gray-700">暂无主题分类。</p>
          ) : (
            <LinkList
              links={facets.categories.map((c) => ({ href: `/catalogue?category=${c.code}`, label: c.name }))}
              className="grid gap-2 sm:grid-cols-2 md:grid-cols-4"
              linkClassName={link}
            />
          )}
        </section>
        <section aria-labelledby="sitemap-orgs">
          <h2 id="sitemap-orgs" className="mb-2 text-lg font-bold">
            机构信息公开专栏
          </h2>
          <ul className="space-y-3">
            {tree.map(({ root, children }) => (
              <li key={root.code}>
                <Link href={`/org/${root.code}`} className={link}>
                  {root.name}
                </Link>
                {children.length > 0 && (
                  <LinkList
                    links={children.map((child) => ({ href: `/org/${child.code}`, label: child.name }))}
                    className="mt-1 grid gap-1 pl-4 sm:grid-cols-2 md:grid-cols-4"
                    linkClassName={link}
                  />
                )}
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href="/org" className={link}>
              机构导航（全部机构）
            </Link>
          </p>
        </section>
        <section aria-labelledby="sitemap-reports">
          <h2 id="sitemap-reports" className="mb-2 text-lg font-bold">
            政府信息公开工作年度报告
          </h2>
          {years.length === 0 ? (
            <p className="text-gray-700">暂无已发布的年度报告。</p>
          ) : (
            <LinkList links={years.map((year) => ({ href: `/reports?year=${year}`, label: `${year} 年度` }))} className="flex flex-wrap gap-3" linkClassName={link} />
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
