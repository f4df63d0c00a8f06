import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { OrgSearchForm } from "@/components/org/OrgSearchForm";
import { hrefWith, lenient, orgCodeParam, type SearchParams } from "@/lib/items/filters";
import { listCatalogue } from "@/lib/items/queries";
import { searchOrganizations } from "@/lib/organizations/directory";
import { applicationTarget } from "@/lib/requests/queries";
import { z } from "zod";
import { ApplyForm } from "./ApplyForm";
import { PublishedCheck } from "./PublishedCheck";

export const metadata = { title: "依申请公开" };

const applyQuery = z.object({ org: orgCodeParam, q: lenient(z.string().max(50)), info: lenient(z.string().max(50)) });

/** First the body (found by name, or given by its section's link as ?org=), then the form addressed to it. */
export default async function ApplyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = applyQuery.parse(await searchParams);
  const target = query.org ? await applicationTarget(query.org) : null;
  const matches = !target && query.q ? (await searchOrganizations(query.q)).filter((o) => o.kind !== "region") : [];
  // Search before applying: what the body has published already needs no application (第三十六条（一）).
  const published = target && query.info ? (await listCatalogue({ org: target.code, q: query.info }, 5)).rows : null;
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={target ? [{ label: target.name, href: `/org/${target.code}` }, { label: "依申请公开" }] : [{ label: "依申请公开" }]} />
      <h1 className="text-2xl font-bold">政府信息公开申请</h1>
      <p>
        公民、法人或者其他组织可以向行政机关申请获取政府信息。请如实填写申请人身份和联系方式，并写清所需信息的名称、文号或其他特征。
        已提交申请的，可凭申请编号和查询码
        <Link href="/track" className="mx-1 text-blue-800 underline">
          查询办理进度
        </Link>
        。
      </p>
      {target ? (
        <>
          <div className="rounded bg-white p-3 shadow-sm">
            <h2 className="font-bold">
              受理机关：{target.name}
            </h2>
            <p className="text-sm text-gray-700">
              {[target.officeName, target.address && `地址 ${target.address}`, target.phone && `电话 ${target.phone}`].filter(Boolean).join("，")}
            </p>
            <Link href="/apply" className="text-sm text-blue-800 underline">
              更换受理机关
            </Link>
          </div>
          <PublishedCheck orgCode={target.code} info={query.info} published={published} />
          <p className="text-sm text-gray-700">
            标有 <span className="text-red-700">*</span> 的为必填项。也可以书面（当面递交、邮寄）或口头向受理机关提出申请。
          </p>
          <ApplyForm targets={[{ id: target.id, name: target.name }]} />
        </>
      ) : (
        <section aria-labelledby="choose" className="space-y-3 rounded bg-white p-4 shadow-sm">
          <h2 id="choose" className="font-bold">
            第一步：选择受理机关
          </h2>
          <p className="text-sm text-gray-700">向制作或者保存该政府信息的机关申请。也可以在<Link href="/org" className="text-blue-800 underline">机构导航</Link>中找到该机关，从其专栏进入申请。</p>
          {query.org && <p role="alert" className="text-red-700">没有找到该受理机关，请重新查找。</p>}
          <OrgSearchForm action="/apply" defaultValue={query.q ?? ""} label="受理机关名称" />
          {query.q &&
            (matches.length === 0 ? (
              <p role="status">没有名称相符的机关，请换个关键词。</p>
            ) : (
              <ul aria-label="查找结果" className="divide-y divide-gray-200">
                {matches.map((o) => (
                  <li key={o.code} className="py-2">
                    <Link href={hrefWith("/apply", { org: o.code })} className="font-medium text-blue-800 underline">
                      向{o.name}申请
                    </Link>
                    {o.parentName && <span className="ml-2 text-sm text-gray-700">上级：{o.parentName}</span>}
                  </li>
                ))}
              </ul>
            ))}
        </section>
      )}
    </div>
  );
}
