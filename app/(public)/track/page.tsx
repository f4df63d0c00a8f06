import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TrackForm } from "./TrackForm";

export const metadata = { title: "申请办理进度查询" };

export default function TrackPage() {
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={[{ label: "依申请公开", href: "/apply" }, { label: "申请查询" }]} />
      <h1 className="text-2xl font-bold">申请办理进度查询</h1>
      <p>
        输入申请编号和查询码，查看申请的办理状态、答复期限和答复内容。还没有申请的，请
        <Link href="/apply" className="mx-1 text-blue-800 underline">
          在线提交申请
        </Link>
        。
      </p>
      <TrackForm />
    </div>
  );
}
