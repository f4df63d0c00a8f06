import { Placeholder } from "@/components/Placeholder";
import { requirePage } from "@/lib/auth/session";

export const metadata = { title: "年度报告" };

export default async function Page() {
  await requirePage("report.edit");
  return <Placeholder title="年度报告">按年度生成、核对、发布年度报告的功能即将上线。</Placeholder>;
}
