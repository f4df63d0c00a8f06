import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { chinaDateTime } from "@/lib/dates";
import { currentYear } from "@/lib/report/admin";
import { loadBaseline } from "@/lib/report/baseline";
import { reportYear } from "@/lib/report/formats";
import { BaselineForm } from "./BaselineForm";

export const metadata = { title: "上年报告基线" };

export default async function BaselinePage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requirePage("report.edit");
  const parsed = reportYear.safeParse((await params).year);
  if (!parsed.success || parsed.data >= currentYear() || !user.orgId) notFound();
  const year = parsed.data;
  const baseline = await loadBaseline(user.orgId, year);
  return (
    <>
      <p className="mb-2">
        <Link href={`/admin/reports/${year + 1}#checks`} className="text-blue-800 underline">
          返回 {year + 1} 年报告
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-bold">{year} 年报告基线</h1>
      <p className="mb-4 text-gray-700">
        年中开始使用本系统的机关，{year} 年的记录不完整：录入 {year} 年已发布年报的表格后，{year + 1} 年报告的“上年结转”和跨年度检查以它为准。
        {baseline ? `已录入（${chinaDateTime(baseline.updatedAt)}，来源：${baseline.source}）。` : "尚未录入。"}
      </p>
      <BaselineForm year={year} version={baseline?.version ?? 0} content={baseline ? JSON.stringify({ year, ...JSON.parse(baseline.content) }, null, 2) : ""} source={baseline?.source ?? ""} />
    </>
  );
}
