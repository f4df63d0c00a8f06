import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ReportDocumentView } from "@/components/report/ReportDocumentView";
import { chinaDateTime } from "@/lib/dates";
import { loadPublished, publishedDocument } from "@/lib/report/document";
import { EXPORT_FORMATS } from "@/lib/report/export";
import { reportYear } from "@/lib/report/formats";

type Params = { params: Promise<{ org: string; year: string }> };

async function load({ params }: Params) {
  const { org, year } = await params;
  const parsed = reportYear.safeParse(year);
  return parsed.success ? loadPublished(org, parsed.data) : null;
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const frozen = await load(props);
  return { title: frozen ? `${frozen.organization.name}${frozen.year}年政府信息公开工作年度报告` : "页面不存在" };
}

/** The latest published version of one organisation's report, as a web page with its downloads. */
export default async function PublicReportPage(props: Params) {
  const frozen = await load(props);
  if (!frozen) notFound();
  const doc = publishedDocument(frozen);
  const base = `/api/reports/${frozen.org}/${frozen.year}`;
  const downloads = (["docx", "xlsx", "html"] as const).map((format) => ({ href: `${base}?format=${format}`, label: EXPORT_FORMATS[format].label }));
  return (
    <>
      <Breadcrumbs trail={[{ label: "政府信息公开年报", href: "/reports" }, { label: `${frozen.year}年度报告` }]} />
      <ReportDocumentView doc={doc} level={1} />
      <aside aria-labelledby="downloads" className="mt-4 rounded bg-white p-4 shadow-sm">
        <h2 id="downloads" className="mb-2 font-bold">
          下载
        </h2>
        <p className="mb-2 text-sm text-gray-700">
          第 {frozen.versionNo} 版，发布于 {chinaDateTime(frozen.publishedAt)}。
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {downloads.map((d) => (
            <li key={d.href}>
              <a href={d.href} className="text-blue-800 underline">
                {d.label}
              </a>
            </li>
          ))}
        </ul>
      </aside>
    </>
  );
}
