import Link from "next/link";
import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { listReportYears } from "@/lib/report/admin";

export const metadata = { title: "年度报告" };

const STATUS = { none: "未开始", draft: "草稿", published: "已发布" } as const;
const FORMAT = { "2019": "2019年格式（试行）", "2021": "2021年格式" } as const;

export default async function ReportsPage() {
  const user = await requirePage("report.edit");
  if (!user.orgId) {
    return <p role="alert">您的账号不属于任何机构，无法编辑年度报告。</p>;
  }
  const years = await listReportYears(user.orgId);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">政府信息公开工作年度报告</h1>
      <p className="mb-4 text-gray-700">按年度核对由记录自动生成的报告表格，编辑正文，发布并导出。</p>
      <Table
        caption="各年度报告"
        headers={["年度", "格式", "状态", "操作"]}
        rows={years.map((row) => [
          `${row.year} 年`,
          FORMAT[row.format],
          row.status === "published" ? `已发布第 ${row.versionNo} 版（${row.publishedAt!.toISOString().slice(0, 10)}）` : STATUS[row.status],
          <Link key={row.year} href={`/admin/reports/${row.year}`} className="text-blue-800 underline">
            打开 {row.year} 年报告
          </Link>,
        ])}
      />
    </>
  );
}
