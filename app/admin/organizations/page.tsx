import Link from "next/link";
import { notFound } from "next/navigation";
import { OrgSearchForm } from "@/components/org/OrgSearchForm";
import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { hrefWith } from "@/lib/items/filters";
import { ORG_KINDS } from "@/lib/organizations/codes";
import { childrenOf, DIRECTORY_LIMIT, publicOrganization, searchOrganizations } from "@/lib/organizations/directory";
import { parseDirectoryQuery } from "@/lib/organizations/schema";
import { BodyForms, NewBodyForm } from "./BodyForms";

export const metadata = { title: "机构管理" };

type Params = Promise<Record<string, string | string[] | undefined>>;

const HOME = "/admin/organizations";

/** The tree of bodies for the platform administrator: one node's children (bounded like the public 机构导航), or a search. */
export default async function OrganizationsPage({ searchParams }: { searchParams: Params }) {
  await requirePage("organization.tree");
  const query = parseDirectoryQuery(await searchParams);
  const node = query.parent ? await publicOrganization(query.parent) : null;
  if (query.parent && !node) notFound();
  const list = query.q ? await searchOrganizations(query.q) : await childrenOf(node?.id ?? null);
  const trail = node ? [...node.ancestors, { code: node.code, name: node.name }] : [];
  const count = list.length > DIRECTORY_LIMIT ? `超过 ${DIRECTORY_LIMIT} 个，仅显示前 ${DIRECTORY_LIMIT} 个，请输入更完整的名称查找` : `${list.length} 个`;

  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">机构管理</h1>
      <div className="space-y-4">
        <OrgSearchForm action={HOME} defaultValue={query.q ?? ""} />
        <nav aria-label="所在位置" className="text-sm">
          <ol className="flex flex-wrap gap-x-1">
            <li>
              <Link href={HOME} className="text-blue-800 underline">全部顶级机构</Link>
            </li>
            {trail.map((a) => (
              <li key={a.code}>
                <span aria-hidden="true">› </span>
                <Link href={hrefWith(HOME, { parent: a.code })} aria-current={a.code === node?.code ? "page" : undefined} className="text-blue-800 underline aria-[current=page]:font-bold">
                  {a.name}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        {node && !query.q && (
          <section aria-labelledby="node" className="rounded bg-white p-4 shadow-sm">
            <h2 id="node" className="text-xl font-bold">{node.name}</h2>
            <p className="mb-3 text-sm text-gray-700">
              编码 {node.code} · {ORG_KINDS[node.kind]} ·{" "}
              <Link href={`/org/${node.code}`} className="text-blue-800 underline">公开专栏</Link> ·{" "}
              <Link href={hrefWith("/admin/organization", { org: node.code })} className="text-blue-800 underline">机关设置</Link>
            </p>
            <BodyForms key={`${node.id}-${node.name}-${node.parentId}-${node.kind}`} body={{ id: node.id, name: node.name, kind: node.kind, parentId: node.parentId, parentCode: node.ancestors.at(-1)?.code ?? "" }} />
          </section>
        )}
        <section aria-labelledby="children" className="rounded bg-white p-4 shadow-sm">
          <h2 id="children" className="mb-2 text-lg font-bold">
            {query.q ? "查找结果" : node ? "下级机构" : "顶级机构"}
          </h2>
          <p role="status" className="mb-2 text-sm text-gray-700">共 {count}</p>
          {list.length > 0 && (
            <Table
              caption={query.q ? "查找结果" : node ? `${node.name}的下级机构` : "顶级机构"}
              headers={["名称", "编码", "类别", "上级", "下级数"]}
              rows={list.slice(0, DIRECTORY_LIMIT).map((e) => [
                <Link key="n" href={hrefWith(HOME, { parent: e.code })} className="text-blue-800 underline">{e.name}</Link>,
                e.code,
                ORG_KINDS[e.kind],
                e.parentName ?? "—",
                e.childCount,
              ])}
            />
          )}
        </section>
        {!query.q && (
          <section aria-labelledby="new-body" className="rounded bg-white p-4 shadow-sm">
            <h2 id="new-body" className="mb-2 text-lg font-bold">新建机构</h2>
            <NewBodyForm parentCode={node?.code ?? ""} />
          </section>
        )}
      </div>
    </>
  );
}
