import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ContactBlock } from "@/components/org/ContactBlock";
import { hrefWith } from "@/lib/items/filters";
import { listLatestPublished } from "@/lib/items/queries";
import { ORG_KINDS } from "@/lib/organizations/codes";
import { childrenOf, publicOrganization } from "@/lib/organizations/directory";

type Params = Promise<{ code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const org = await publicOrganization((await params).code);
  return { title: org ? `${org.name} 信息公开` : "页面不存在" };
}

/** A body's own section: its latest items, the way to its catalogue, guide, reports and 依申请公开, its contact. */
export default async function OrganizationHome({ params }: { params: Params }) {
  const org = await publicOrganization((await params).code);
  if (!org) notFound();
  const [latest, children] = await Promise.all([listLatestPublished(10, org.code), childrenOf(org.id)]);
  const sections = [
    { href: hrefWith("/catalogue", { org: org.code }), label: "政府信息公开目录" },
    { href: `/org/${org.code}/guide`, label: "政府信息公开指南" },
    { href: hrefWith("/reports", { org: org.code }), label: "政府信息公开年报" },
    { href: hrefWith("/apply", { org: org.code }), label: "依申请公开" },
    ...(children.length > 0 ? [{ href: hrefWith("/org", { parent: org.code }), label: `下级机构（${children.length}）` }] : []),
  ];
  return (
    <>
      <Breadcrumbs
        trail={[{ label: "机构导航", href: "/org" }, ...org.ancestors.map((a) => ({ label: a.name, href: `/org/${a.code}` })), { label: org.name }]}
      />
      <div className="space-y-4">
        <header className="rounded bg-white p-4 shadow-sm">
          <h1 className="text-2xl font-bold">{org.name}</h1>
          <p className="text-sm text-gray-700">
            {ORG_KINDS[org.kind]}
            {org.ancestors.length > 0 && (
              <>
                {" · 上级："}
                <Link href={`/org/${org.ancestors[org.ancestors.length - 1].code}`} className="text-blue-800 underline">
                  {org.ancestors[org.ancestors.length - 1].name}
                </Link>
              </>
            )}
          </p>
          <nav aria-label="本机关信息公开" className="mt-3">
            <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5">
              {sections.map((s) => (
                <li key={s.href}>
                  <Link href={s.href} className="block rounded bg-brand px-3 py-2 text-center font-medium text-white hover:bg-brand-dark">
                    {s.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <div className="grid gap-4 md:grid-cols-[1fr_18rem]">
          <section aria-labelledby="latest" className="rounded bg-white p-4 shadow-sm">
            <h2 id="latest" className="mb-2 border-b-2 border-brand pb-1 font-bold">
              最新公开
            </h2>
            {latest.length === 0 ? (
              <p className="text-gray-700">暂无主动公开的信息。</p>
            ) : (
              <ul className="divide-y divide-gray-200">
                {latest.map((item) => (
                  <li key={item.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:justify-between">
                    <Link href={`/items/${item.id}`} className="text-blue-800 hover:underline">
                      {item.title}
                    </Link>
                    <span className="shrink-0 text-sm text-gray-700">{item.publishedOn}</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-right">
              <Link href={hrefWith("/catalogue", { org: org.code })} className="text-blue-800 underline">
                查看全部
              </Link>
            </p>
          </section>
          <section aria-labelledby="contact" className="rounded bg-white p-4 shadow-sm">
            <h2 id="contact" className="mb-2 border-b-2 border-brand pb-1 font-bold">
              政府信息公开工作机构
            </h2>
            <ContactBlock contact={org} />
          </section>
        </div>
      </div>
    </>
  );
}
