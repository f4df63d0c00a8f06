import { Placeholder } from "@/components/Placeholder";

export const metadata = { title: "依申请公开" };

export default function ApplyPage() {
  return <Placeholder title="依申请公开">在线提交政府信息公开申请、凭申请编号和查询码查询办理进度的功能即将上线。</Placeholder>;
}
