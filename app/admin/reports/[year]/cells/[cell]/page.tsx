import Link from "next/link";
import { notFound } from "next/navigation";
import { Table } from "@/components/ui/Table";
import { APPEAL_KINDS, APPEAL_RESULTS } from "@/lib/appeals/codes";
import { requirePage } from "@/lib/auth/session";
import { DISCLOSURES, GENRES, ITEM_STATUSES } from "@/lib/items/codes";
import { currentYear } from "@/lib/report/admin";
import { DRILLDOWN_LIMIT, drilldown } from "@/lib/report/drilldown";
import { labelOf } from "@/lib/labels";
import { reportYear } from "@/lib/report/formats";
import { APPLICANT_TYPES, OUTCOMES } from "@/lib/requests/codes";

export const metadata = { title: "报告数据明细" };

const record = (href: string, text: string) => (
  <Link key="link" href={href} className="text-blue-800 underline">
    {text}
  </Link>
);

export default async function CellPage({ params }: { params: Promise<{ year: string; cell: string }> }) {
  const user = await requirePage("report.edit");
  const { year: rawYear, cell: rawCell } = await params;
  const parsed = reportYear.safeParse(rawYear);
  if (!parsed.success || parsed.data > currentYear() || !user.orgId) notFound();
  const year = parsed.data;
  const cell = decodeURIComponent(rawCell);
  const drill = await drilldown(user.orgId, year, cell);
  if (!drill) notFound();

  return (
    <>
      <p className="mb-2">
        <Link href={`/admin/reports/${year}#document`} className="text-blue-800 underline">
          返回 {year} 年报告
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-bold">{year} 年报告数据明细</h1>
      <p className="mb-4 text-lg">{drill.label}</p>
      {drill.kind === "statistic" ? (
        <p>
          此数据来自
          <Link href={`/admin/reports/${year}/statistics`} className="text-blue-800 underline">
            年度统计录入
          </Link>
          ，不对应单条记录。
        </p>
      ) : (
        <>
          <p className="mb-2">
            共 {drill.total} 条记录{drill.total > DRILLDOWN_LIMIT && `，仅列出前 ${DRILLDOWN_LIMIT} 条`}。
          </p>
          {drill.kind === "items" && (
            <Table
              caption={`${drill.label}：政府信息`}
              headers={["索引号", "标题", "体裁", "公开属性", "成文日期", "公开日期", "废止日期", "状态"]}
              rows={drill.records.map((r) => [
                r.indexNo,
                record(`/admin/items/${r.id}`, r.title),
                labelOf(GENRES, r.genre),
                labelOf(DISCLOSURES, r.disclosure),
                r.createdOn,
                r.publishedOn ?? "—",
                r.abolishedOn ?? "—",
                labelOf(ITEM_STATUSES, r.status),
              ])}
            />
          )}
          {drill.kind === "requests" && (
            <Table
              caption={`${drill.label}：政府信息公开申请`}
              headers={["申请编号", "申请人类型", "收到申请日期", "办结日期", "办理结果"]}
              rows={drill.records.map((r) => [
                record(`/admin/requests/${r.id}`, r.number),
                labelOf(APPLICANT_TYPES, r.applicantType),
                r.receivedOn ?? "—",
                r.closedOn ?? "未办结",
                labelOf(OUTCOMES, r.outcome),
              ])}
            />
          )}
          {drill.kind === "appeals" && (
            <Table
              caption={`${drill.label}：行政复议、行政诉讼`}
              headers={["案号", "类型", "提起日期", "结案日期", "结果"]}
              rows={drill.records.map((r) => [record(`/admin/appeals/${r.id}`, r.number), labelOf(APPEAL_KINDS, r.kind), r.filedOn, r.closedOn ?? "未结案", labelOf(APPEAL_RESULTS, r.result)])}
            />
          )}
        </>
      )}
    </>
  );
}
