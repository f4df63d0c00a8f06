import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ContactBlock } from "@/components/org/ContactBlock";
import { GuideArticle } from "@/components/org/GuideArticle";
import { publicOrganization } from "@/lib/organizations/directory";

type Params = Promise<{ code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const org = await publicOrganization((await params).code);
  return { title: org ? `${org.name} 政府信息公开指南` : "页面不存在" };
}

export default async function OrganizationGuide({ params }: { params: Params }) {
  const org = await publicOrganization((await params).code);
  if (!org) notFound();
  return (
    <>
      <Breadcrumbs trail={[{ label: "机构导航", href: "/org" }, { label: org.name, href: `/org/${org.code}` }, { label: "政府信息公开指南" }]} />
      <GuideArticle
        title={`${org.name}政府信息公开指南`}
        orgCode={org.code}
        office={
          <div className="space-y-3">
            <ContactBlock contact={org} />
            {org.guide?.split(/\n+/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        }
      />
    </>
  );
}
