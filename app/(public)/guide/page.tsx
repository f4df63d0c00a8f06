import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { GuideArticle } from "@/components/org/GuideArticle";
import { OrgSearchForm } from "@/components/org/OrgSearchForm";

export const metadata = { title: "政府信息公开指南" };

/** The platform's guide: the rules; each body's 受理机构 and its own guide are on the body's section. */
export default function GuidePage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: "政府信息公开指南" }]} />
      <GuideArticle
        title="政府信息公开指南"
        office={
          <div className="space-y-3">
            <p>
              依申请公开由制作或者保存该政府信息的机关受理。各机关的政府信息公开工作机构、地址、电话和办公时间，见该机关的公开指南：请在<Link className="text-blue-800 underline" href="/org">机构导航</Link>中找到该机关。
            </p>
            <OrgSearchForm />
          </div>
        }
      />
    </>
  );
}
