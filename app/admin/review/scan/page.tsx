import Link from "next/link";
import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { labelOf } from "@/lib/labels";
import { orgScope } from "@/lib/permissions";
import { FINDING_KINDS, sourceLabel } from "@/lib/items/vetting/kinds";
import { RESCAN_BATCH, rescanPublished } from "@/lib/items/vetting/review";
import { recordId } from "@/lib/validation";

export const metadata = { title: "已发布信息保密复查" };

export default async function RescanPage({ searchParams }: { searchParams: Promise<{ after?: string; start?: string }> }) {
  const user = await requirePage("item.review");
  const query = await searchParams;
  const after = recordId().safeParse(query.after).success ? (query.after ?? null) : null;
  // Scanning reads every attachment: it runs only when asked, one batch per page.
  const result = query.start || after ? await rescanPublished(orgScope(user), after) : null;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">已发布信息保密复查</h1>
      <p className="mb-3 text-sm text-gray-700">
        对已发布的信息重新检查身份证号、手机号、银行卡号、密级标志、“内部资料”和“不予公开”字样（标题、摘要、正文和附件文字），每批 {RESCAN_BATCH} 条。
        发现问题的，打开信息更正或撤回。
      </p>
      {!result ? (
        <Link href="/admin/review/scan?start=1" className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
          开始复查
        </Link>
      ) : (
        <>
          <p role="status" className="mb-3">
            本批检查了 {result.scanned} 条已发布信息，{result.flagged.length} 条发现问题。
          </p>
          {result.flagged.length > 0 && (
            <Table
              caption="发现问题的已发布信息"
              headers={["索引号", "标题", "发现"]}
              rows={result.flagged.map((item) => [
                item.indexNo,
                <Link key="t" href={`/admin/items/${item.id}`} className="text-blue-800 underline">
                  {item.title}
                </Link>,
                <ul key="f" className="list-disc pl-4">
                  {item.findings.map((f) => (
                    <li key={f.key}>
                      {labelOf(FINDING_KINDS, f.kind)} {f.preview}（{sourceLabel(f)}）：<q className="break-all">{f.context}</q>
                    </li>
                  ))}
                </ul>,
              ])}
            />
          )}
          <p className="mt-3">
            {result.next ? (
              <Link href={`/admin/review/scan?after=${result.next}`} className="text-blue-800 underline">
                检查下一批
              </Link>
            ) : (
              "已检查完全部已发布信息。"
            )}
          </p>
        </>
      )}
    </>
  );
}
