import Link from "next/link";
import { SkipLink } from "@/components/SkipLink";
import { siteSettings } from "@/lib/site";

const PUBLIC_NAV = [
  { href: "/", label: "首页" },
  { href: "/guide", label: "政府信息公开指南" },
  { href: "/catalogue", label: "政府信息公开目录" },
  { href: "/apply", label: "依申请公开" },
  { href: "/reports", label: "政府信息公开年报" },
];

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const site = await siteSettings();
  return (
    <>
      <SkipLink />
      <header className="no-print bg-brand text-white">
        <div className="mx-auto max-w-6xl px-4 py-4">
          <p className="text-2xl font-bold tracking-wide">{site["site.name"]}</p>
        </div>
        <nav aria-label="主导航" className="bg-brand-dark">
          <ul className="mx-auto flex max-w-6xl flex-wrap px-2">
            {PUBLIC_NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block px-3 py-2 text-base hover:bg-white/15 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <footer className="no-print mt-8 border-t border-gray-300 bg-white">
        <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-gray-700">
          <p>主办：{site["site.name"]}</p>
          {site["site.contact"] && <p>联系方式：{site["site.contact"]}</p>}
          <p>
            {site["site.identifier"] && <span className="mr-4">网站标识码：{site["site.identifier"]}</span>}
            {site["site.icp"] && <span className="mr-4">{site["site.icp"]}</span>}
            {site["site.police"] && <span>{site["site.police"]}</span>}
          </p>
          <p>
            <Link href="/login" className="underline">
              工作人员登录
            </Link>
          </p>
        </div>
      </footer>
    </>
  );
}
