import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { currentYear } from "@/lib/report/admin";
import { formatForYear, reportYear } from "@/lib/report/formats";
import { statisticFields } from "@/lib/report/statistics";
import { StatisticsForm } from "./StatisticsForm";

export const metadata = { title: "年度统计录入" };

export default async function StatisticsPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requirePage("report.edit");
  const parsed = reportYear.safeParse((await params).year);
  if (!parsed.success || parsed.data > currentYear() || !user.orgId) notFound();
  const year = parsed.data;
  const fields = await statisticFields(user.orgId, year);
  const missing = fields.filter((f) => f.value === null).length;
  return (
    <>
      <p className="mb-2">
        <Link href={`/admin/reports/${year}#checks`} className="text-blue-800 underline">
          返回 {year} 年报告
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-bold">{year} 年年度统计录入</h1>
      <p className="mb-4 text-gray-700">
        《条例》第二十条中不能由记录统计的数据（{formatForYear(year)} 年格式）。{missing > 0 ? `尚有 ${missing} 项未填报。` : "各项均已填报。"}
        没有发生的请填 0：留空表示未填报，报告检查不通过。
      </p>
      <StatisticsForm year={year} fields={fields} />
    </>
  );
}
