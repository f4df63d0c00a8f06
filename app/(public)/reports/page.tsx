import { Placeholder } from "@/components/Placeholder";

export const metadata = { title: "政府信息公开年报" };

export default function ReportsPage() {
  return <Placeholder title="政府信息公开工作年度报告">各机关已发布的年度报告将在此公布。</Placeholder>;
}
