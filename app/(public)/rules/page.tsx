import { Breadcrumbs } from "@/components/Breadcrumbs";
import { siteSettings } from "@/lib/site";

export const metadata = { title: "政府信息公开制度" };

/** 政府信息公开制度: the deployment's text from /admin/settings/site (a default until it writes its own). */
export default async function RulesPage() {
  const { rules } = await siteSettings();
  return (
    <>
      <Breadcrumbs trail={[{ label: "政府信息公开制度" }]} />
      <article className="space-y-3 rounded bg-white p-4 leading-relaxed shadow-sm">
        <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold">政府信息公开制度</h1>
        {rules
          .split(/\n+/)
          .filter((paragraph) => paragraph.trim())
          .map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
      </article>
    </>
  );
}
