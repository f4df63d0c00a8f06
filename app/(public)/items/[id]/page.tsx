import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { AttachmentList } from "@/components/items/AttachmentList";
import { ItemMetadata } from "@/components/items/ItemMetadata";
import { bodyParagraphs, isHtmlBody, sanitizeBody } from "@/lib/items/body";
import { VALIDITIES } from "@/lib/items/codes";
import { labelOf } from "@/lib/labels";
import { interpretationLinks } from "@/lib/items/interpretations";
import { getPublicItem } from "@/lib/items/queries";
import { hidesFromPublic } from "@/lib/items/vetting/kinds";
import { PrintButton } from "./PrintButton";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const item = await getPublicItem((await params).id);
  if (!item) return { title: "页面不存在" };
  return { title: item.status === "published" ? item.title : "政府信息" };
}

export default async function PublicItemPage({ params }: { params: Params }) {
  const item = await getPublicItem((await params).id);
  if (!item) notFound();
  const withdrawn = item.status === "withdrawn";
  // Withdrawn for a leak or personal data: repeating the title, 文号 or category could repeat the leak.
  if (withdrawn && hidesFromPublic(item.withdrawnCause))
    return (
      <>
        <Breadcrumbs trail={[{ label: "法定主动公开内容", href: "/catalogue" }, { label: "正文" }]} />
        <article className="rounded bg-white p-4 shadow-sm">
          <h1 className="mb-4 text-center text-2xl font-bold">政府信息</h1>
          <p role="note" className="rounded border border-red-300 bg-red-50 p-4">
            该信息已撤回。
          </p>
        </article>
      </>
    );
  const links = withdrawn ? { interprets: [], interpretedBy: [] } : await interpretationLinks(item.id, true);
  const related = [
    ...links.interprets.map((p) => ({ ...p, label: "解读的政策文件" })),
    ...links.interpretedBy.map((p) => ({ ...p, label: "政策解读" })),
  ];
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: "法定主动公开内容", href: "/catalogue" },
          { label: item.category.name, href: `/catalogue?category=${item.category.code}` },
          { label: "正文" },
        ]}
      />
      <article className="space-y-4 rounded bg-white p-4 shadow-sm print:shadow-none">
        <ItemMetadata item={item} />
        {withdrawn ? (
          <>
            <h1 className="text-center text-2xl font-bold">{item.title}</h1>
            <p role="note" className="rounded border border-red-300 bg-red-50 p-4">
              该信息已撤回，不再公开。{item.withdrawnReason && <>撤回原因：{item.withdrawnReason}</>}
            </p>
          </>
        ) : (
          <>
            <h1 className="text-center text-2xl font-bold leading-snug">{item.title}</h1>
            {item.docNo && <p className="text-center text-gray-700">{item.docNo}</p>}
            {item.validity !== "valid" && (
              <p role="note" className="rounded border border-gray-500 bg-gray-100 p-3 font-bold">
                本文件已{labelOf(VALIDITIES, item.validity)}
                {item.abolishedOn && `（${item.abolishedOn}起）`}，仅供查阅。
              </p>
            )}
            {isHtmlBody(item.body) ? (
              <div className="item-body space-y-3 leading-loose" dangerouslySetInnerHTML={{ __html: sanitizeBody(item.body) }} />
            ) : (
              <div className="space-y-3 leading-loose">
                {bodyParagraphs(item.body).map((paragraph, i) => (
                  <p key={i} className="indent-8">
                    {paragraph}
                  </p>
                ))}
              </div>
            )}
            {item.attachments.length > 0 && (
              <section aria-labelledby="attachments" className="border-t border-gray-300 pt-3">
                <h2 id="attachments" className="mb-2 font-bold">
                  附件
                </h2>
                <AttachmentList attachments={item.attachments} />
              </section>
            )}
            {related.length > 0 && (
              <section aria-labelledby="related" className="border-t border-gray-300 pt-3 print:hidden">
                <h2 id="related" className="mb-2 font-bold">
                  相关政策与解读
                </h2>
                <ul className="list-disc pl-6">
                  {related.map((r) => (
                    <li key={r.id}>
                      {r.label}：
                      <Link href={`/items/${r.id}`} className="text-blue-800 underline">
                        {r.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <p className="text-right">
              <PrintButton />
            </p>
          </>
        )}
      </article>
    </>
  );
}
