import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { listOrganizationsForGuide } from "@/lib/organizations/queries";

export const metadata = { title: "政府信息公开指南" };

export default async function GuidePage() {
  const organizations = await listOrganizationsForGuide();
  return (
    <>
      <Breadcrumbs trail={[{ label: "政府信息公开指南" }]} />
      <article className="space-y-5 rounded bg-white p-4 leading-relaxed shadow-sm">
        <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold">政府信息公开指南</h1>
        <section>
          <h2 className="mb-2 text-lg font-bold">一、主动公开</h2>
          <p>
            依照《中华人民共和国政府信息公开条例》第二十条、第二十一条，各机关主动公开机构职能、规范性文件、规划计划、财政预决算等政府信息，
            自信息形成或者变更之日起20个工作日内公开。公开信息按主题分类编排，每条信息标注索引号、信息名称、发布机构、成文日期、文号等，
            可在<Link className="text-blue-800 underline" href="/catalogue">政府信息公开目录</Link>中浏览和检索，也可到档案馆、图书馆查阅。
          </p>
        </section>
        <section>
          <h2 className="mb-2 text-lg font-bold">二、依申请公开</h2>
          <p>
            公民、法人或者其他组织可以通过<Link className="text-blue-800 underline" href="/apply">在线申请</Link>、信函、传真或当面提交等方式申请获取政府信息。
            申请应当包括申请人的姓名或者名称、身份证明、联系方式，所需政府信息的名称、文号或者其他特征性描述，以及获取信息的方式和途径（条例第二十九条）。
            能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复，需要延长的，延长期限最长不超过20个工作日（条例第三十三条）。
            依申请提供政府信息不收取费用；申请数量、频次明显超过合理范围的，可以依照《政府信息公开信息处理费管理办法》收取信息处理费。
          </p>
        </section>
        <section>
          <h2 className="mb-2 text-lg font-bold">三、受理机构</h2>
          {organizations.length === 0 ? (
            <p>暂无机构信息。</p>
          ) : (
            <ul className="space-y-3">
              {organizations.map((org) => (
                <li key={org.id}>
                  <p className="font-bold">{org.name}</p>
                  <p className="text-sm text-gray-700">
                    {[org.officeName && `工作机构：${org.officeName}`, org.address && `地址：${org.address}`, org.postcode && `邮编：${org.postcode}`, org.phone && `电话：${org.phone}`, org.email && `邮箱：${org.email}`, org.officeHours && `办公时间：${org.officeHours}`]
                      .filter(Boolean)
                      .join("　") || "联系方式待补充"}
                  </p>
                  {org.guide?.split(/\n+/).map((paragraph, i) => (
                    <p key={i} className="mt-1">
                      {paragraph}
                    </p>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h2 className="mb-2 text-lg font-bold">四、监督方式</h2>
          <p>认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（条例第五十一条）。</p>
        </section>
      </article>
    </>
  );
}
