import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { OrgSearchForm } from "@/components/org/OrgSearchForm";
import { hrefWith } from "@/lib/items/filters";
import { childrenOf, DIRECTORY_LIMIT, groupByKind, publicOrganization, searchOrganizations, type DirectoryEntry } from "@/lib/organizations/directory";
import { parseDirectoryQuery } from "@/lib/organizations/schema";

export const metadata: Metadata = { title: "机构导航" };

type Params = Promise<Record<string, string | string[] | undefined>>;

/** 机构导航: one node's bodies grouped by kind (the roots at first), or the bodies whose name matches a search. */
export default async function DirectoryPage({ searchParams }: { searchParams: Params }) {
  const query = parseDirectoryQuery(await searchParams);
  const parent = query.parent ? await publicOrganization(query.parent) : null;
  if (query.parent && !parent) notFound();
  const list = query.q ? await searchOrganizations(query.q) : await childrenOf(parent?.id ?? null);
  const shown = list.slice(0, DIRECTORY_LIMIT);
  const trail = parent
    ? [{ label: "机构导航", href: "/org" }, ...parent.ancestors.map((a) => ({ label: a.name, href: `/org?parent=${a.code}` })), { label: parent.name }]
    : [{ label: "机构导航" }];

  return (
    <>
      <Breadcrumbs trail={query.q ? [{ label: "机构导航", href: "/org" }, { label: "查找结果" }] : trail} />
      <section aria-labelledby="directory" className="space-y-4 rounded bg-white p-4 shadow-sm">
        <h1 id="directory" className="border-b-2 border-brand pb-2 text-xl font-bold">
          {parent ? `${parent.name} · 下级机构` : "机构导航"}
        </h1>
        <OrgSearchForm defaultValue={query.q ?? ""} />
        {parent && (
          <p>
            <Link href={`/org/${parent.code}`} className="text-blue-800 underline">
              进入{parent.name}信息公开专栏
            </Link>
          </p>
        )}
        <p role="status" className="text-sm text-gray-700">
          {query.q ? `找到 ${list.length > DIRECTORY_LIMIT ? `超过 ${DIRECTORY_LIMIT}` : list.length} 个机构` : `共 ${list.length > DIRECTORY_LIMIT ? `超过 ${DIRECTORY_LIMIT}` : list.length} 个机构`}
          {list.length > DIRECTORY_LIMIT && "，仅显示前 " + DIRECTORY_LIMIT + " 个，请输入更完整的名称查找"}
        </p>
        {shown.length === 0 ? (
          <p>{query.q ? "没有名称相符的机构，请换个关键词。" : "暂无机构。"}</p>
        ) : (
          groupByKind(shown).map((group) => (
            <section key={group.kind} aria-labelledby={`kind-${group.kind}`}>
              <h2 id={`kind-${group.kind}`} className="mb-2 font-bold">
                {group.label}
              </h2>
              <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {group.entries.map((entry) => (
                  <DirectoryCard key={entry.code} entry={entry} showParent={Boolean(query.q)} />
                ))}
              </ul>
            </section>
          ))
        )}
      </section>
    </>
  );
}

function DirectoryCard({ entry, showParent }: { entry: DirectoryEntry; showParent: boolean }) {
  return (
    <li className="rounded border border-gray-300 p-2">
      <Link href={`/org/${entry.code}`} className="font-medium text-blue-800 hover:underline">
        {entry.name}
      </Link>
      {showParent && entry.parentName && <span className="block text-sm text-gray-700">上级：{entry.parentName}</span>}
      {entry.childCount > 0 && (
        <Link href={hrefWith("/org", { parent: entry.code })} className="block text-sm text-blue-800 underline">
          下级机构（{entry.childCount}）
        </Link>
      )}
    </li>
  );
}
