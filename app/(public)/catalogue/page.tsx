import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Highlight } from "@/components/items/Highlight";
import { FilterSelect } from "@/components/ui/FilterSelect";
import { LinkList } from "@/components/ui/LinkList";
import { bodyText } from "@/lib/items/body";
import { GENRES, VALIDITIES } from "@/lib/items/codes";
import { labelOf } from "@/lib/labels";
import { encodeCursor } from "@/lib/items/cursor";
import { hrefWith, parseCatalogueQuery } from "@/lib/items/filters";
import { catalogueFacetsFor } from "@/lib/items/facets";
import { listCatalogue } from "@/lib/items/queries";
import { excerpt, searchTerms } from "@/lib/items/search";
import { publicOrganization } from "@/lib/organizations/directory";

export const metadata: Metadata = {
  title: "政府信息公开目录",
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
};

type Params = Promise<Record<string, string | string[] | undefined>>;

export default async function CataloguePage({ searchParams }: { searchParams: Params }) {
  const query = parseCatalogueQuery(await searchParams);
  const [page, facets, org] = await Promise.all([
    listCatalogue(query),
    catalogueFacetsFor({ org: query.org, q: query.q }),
    query.org ? publicOrganization(query.org) : null,
  ]);
  if (query.org && !org) notFound();
  const terms = query.q ? searchTerms(query.q) : [];
  const filters = { org: query.org, category: query.category, year: query.year, genre: query.genre, q: query.q };
  const link = (change: Partial<typeof filters>) => hrefWith("/catalogue", { ...filters, ...change });
  const categoryName = facets.categories.find((c) => c.code === query.category)?.name;
  const heading = [categoryName, query.year && `${query.year} 年`, query.genre && GENRES[query.genre]].filter(Boolean).join(" · ");
  const navLink = "block rounded px-2 py-1 hover:bg-gray-100 hover:underline aria-[current=true]:bg-brand aria-[current=true]:text-white";
  const selectClass = "w-full rounded border border-gray-400 bg-white px-2 py-2";
  // With a search the counts are of its matches (lib/items/facets.ts); null when there were too many to count.
  const counted = (label: string | number, count: number | null) => (count === null ? String(label) : `${label}（${count}）`);

  return (
    <>
      <Breadcrumbs trail={org ? [{ label: org.name, href: `/org/${org.code}` }, { label: "法定主动公开内容" }] : [{ label: "法定主动公开内容" }]} />
      <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
        <aside className="order-2 space-y-4 rounded bg-white p-3 shadow-sm md:order-1">
          {!facets.counted && <p className="text-sm text-gray-700">匹配结果较多，分类未计数。</p>}
          <nav aria-labelledby="by-category">
            <h2 id="by-category" className="mb-2 border-b-2 border-brand pb-1 font-bold">
              主题分类
            </h2>
            <LinkList
              links={[
                { href: link({ category: undefined }), label: "全部", current: !query.category },
                ...facets.categories.map((c) => ({ href: link({ category: c.code }), label: counted(c.name, c.count), current: query.category === c.code })),
              ]}
              className="text-sm"
              linkClassName={navLink}
            />
          </nav>
          <nav aria-labelledby="by-year">
            <h2 id="by-year" className="mb-2 border-b-2 border-brand pb-1 font-bold">
              公开年份
            </h2>
            <LinkList
              links={facets.years.map((y) => ({
                href: link({ year: query.year === y.year ? undefined : y.year }),
                label: counted(y.year, y.count),
                current: query.year === y.year,
              }))}
              className="flex flex-wrap gap-1 text-sm"
              linkClassName={navLink}
            />
          </nav>
        </aside>

        <section aria-labelledby="catalogue" className="order-1 min-w-0 space-y-4 md:order-2">
          <h1 id="catalogue" className="border-b-2 border-brand pb-2 text-xl font-bold">
            {org ? `${org.name} 政府信息公开目录` : "政府信息公开目录"}
            {heading && <span className="ml-2 text-base font-normal text-gray-700">{heading}</span>}
          </h1>
          <form method="get" action="/catalogue" role="search" className="grid gap-3 rounded bg-white p-3 shadow-sm sm:grid-cols-[2fr_1fr_1fr_1fr_auto]">
            {org && <input type="hidden" name="org" value={org.code} />}
            <div>
              <label htmlFor="q" className="mb-1 block text-sm font-medium">
                关键词
              </label>
              <input id="q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} placeholder="标题、文号、索引号或正文" className={selectClass} />
            </div>
            <FilterSelect
              id="category"
              name="category"
              label="主题分类"
              value={query.category}
              choices={facets.categories.map((c) => [c.code, c.name])}
              className={selectClass}
            />
            <FilterSelect id="year" name="year" label="年份" value={query.year} choices={facets.years.map((y) => [String(y.year), String(y.year)])} className={selectClass} />
            <FilterSelect id="genre" name="genre" label="体裁" value={query.genre} choices={Object.entries(GENRES)} className={selectClass} />
            <button type="submit" className="self-end rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
              检索
            </button>
          </form>

          <p className="text-sm text-gray-700" role="status">
            {page.more ? `超过 ${page.total} 条` : `共 ${page.total} 条`}{query.after ? "（续页）" : ""}
          </p>
          {page.rows.length === 0 ? (
            <p className="rounded bg-white p-4 shadow-sm">没有符合条件的公开信息。</p>
          ) : (
            <ol className="divide-y divide-gray-200 rounded bg-white px-4 shadow-sm" aria-label="检索结果">
              {page.rows.map((item) => (
                <li key={item.id} className="py-3">
                  <h2 className="font-medium">
                    <Link href={`/items/${item.id}`} className="text-blue-800 hover:underline">
                      <Highlight text={item.title} terms={terms} />
                    </Link>
                    {item.validity !== "valid" && (
                      <span className="ml-2 rounded border border-gray-500 px-1 text-sm text-gray-700">{labelOf(VALIDITIES, item.validity)}</span>
                    )}
                  </h2>
                  <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-gray-700">
                    <span>
                      索引号：<Highlight text={item.indexNo} terms={terms} />
                    </span>
                    {item.docNo && (
                      <span>
                        文号：<Highlight text={item.docNo} terms={terms} />
                      </span>
                    )}
                    {!org && (
                      <span>
                        发布机构：
                        <Link href={`/org/${item.org.code}`} className="text-blue-800 hover:underline">
                          {item.issuer ?? item.org.name}
                        </Link>
                      </span>
                    )}
                    <span>{item.category.name}</span>
                    <span>{labelOf(GENRES, item.genre)}</span>
                    <span>公开日期：{item.publishedOn}</span>
                  </p>
                  {terms.length > 0 && item.body ? (
                    <p className="mt-1 text-sm">
                      <Highlight text={excerpt(bodyText(item.body), terms)} terms={terms} />
                    </p>
                  ) : (
                    item.summary && <p className="mt-1 text-sm">{item.summary}</p>
                  )}
                </li>
              ))}
            </ol>
          )}
          <nav aria-label="分页" className="flex gap-4">
            {query.after && (
              <Link href={link({})} className="text-blue-800 underline">
                第一页
              </Link>
            )}
            {page.next && (
              <Link href={hrefWith("/catalogue", { ...filters, after: encodeCursor(page.next) })} className="text-blue-800 underline">
                下一页
              </Link>
            )}
          </nav>
          <p className="text-sm text-gray-700">
            开放数据：<a className="text-blue-800 underline" href={hrefWith("/api/catalogue", filters)}>JSON</a>　
            <a className="text-blue-800 underline" href={hrefWith("/feed.xml", { org: query.org })}>订阅（Atom）</a>
          </p>
        </section>
      </div>
    </>
  );
}
