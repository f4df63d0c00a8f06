import { cookies } from "next/headers";
import Link from "next/link";
import { PublicNav } from "@/components/PublicNav";
import { SkipLink } from "@/components/SkipLink";
import { ViewModeToggle } from "@/components/ViewModeToggle";
import { OTHER_PUBLIC_PAGES } from "@/lib/public-nav";
import { siteSettings } from "@/lib/site";
import { ICP_LINK, policeRecordLink } from "@/lib/site-schema";
import { viewModeFrom } from "@/lib/view-mode";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [site, jar] = await Promise.all([siteSettings(), cookies()]);
  const police = site.police && policeRecordLink(site.police);
  const contact = [site.address && `地址：${site.address}`, site.phone && `电话：${site.phone}`].filter((line) => line !== "");
  return (
    <>
      <SkipLink />
      <header className="no-print bg-brand text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <p className="text-2xl font-bold tracking-wide">
            <Link href="/" className="flex items-center gap-2 hover:underline">
              {/* eslint-disable-next-line @next/next/no-img-element -- a 48 px static SVG needs no image optimisation */}
              <img src="/logo.svg" alt="" width={40} height={40} className="shrink-0" />
              {site.name}
            </Link>
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <form method="get" action="/catalogue" role="search" aria-label="全站搜索" className="flex">
              <label htmlFor="site-search" className="sr-only">
                搜索政府信息
              </label>
              <input
                id="site-search"
                name="q"
                type="search"
                maxLength={100}
                placeholder="搜索政府信息"
                className="w-44 rounded-l border border-white bg-white px-2 py-1 text-ink sm:w-56"
              />
              <button type="submit" className="rounded-r border border-white px-3 py-1 font-bold hover:bg-white/15">
                搜索
              </button>
            </form>
            <ViewModeToggle initial={viewModeFrom((name) => jar.get(name)?.value)} />
          </div>
        </div>
        <PublicNav />
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <footer className="no-print mt-8 border-t border-gray-300 bg-white">
        <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-gray-700">
          <nav aria-label="页脚导航">
            <ul className="mb-2 flex flex-wrap gap-x-4">
              {OTHER_PUBLIC_PAGES.map((page) => (
                <li key={page.href}>
                  <Link href={page.href} className="text-blue-800 underline hover:no-underline">
                    {page.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <p>主办单位：{site.host || site.name}</p>
          {contact.length > 0 && (
            <p className="flex flex-wrap gap-x-4">
              {contact.map((line) => (
                <span key={line}>{line}</span>
              ))}
            </p>
          )}
          {site.email && (
            <p>
              电子邮箱：
              <a href={`mailto:${site.email}`} className="underline">
                {site.email}
              </a>
            </p>
          )}
          <p className="flex flex-wrap gap-x-4">
            {site.identifier && <span>网站标识码：{site.identifier}</span>}
            {site.icp && (
              <a href={ICP_LINK} className="underline" rel="noopener noreferrer">
                {site.icp}
              </a>
            )}
            {site.police &&
              (police ? (
                <a href={police} className="underline" rel="noopener noreferrer">
                  {site.police}
                </a>
              ) : (
                <span>{site.police}</span>
              ))}
          </p>
        </div>
      </footer>
    </>
  );
}
