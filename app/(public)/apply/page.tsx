import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { applicationTargets } from "@/lib/requests/queries";
import { ApplyForm } from "./ApplyForm";

export const metadata = { title: "依申请公开" };

export default async function ApplyPage() {
  const targets = await applicationTargets();
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={[{ label: "依申请公开" }]} />
      <h1 className="text-2xl font-bold">政府信息公开申请</h1>
      <p>
        公民、法人或者其他组织可以向行政机关申请获取政府信息。请如实填写申请人身份和联系方式，并写清所需信息的名称、文号或其他特征。
        已提交申请的，可凭申请编号和查询码
        <Link href="/track" className="mx-1 text-blue-800 underline">
          查询办理进度
        </Link>
        。
      </p>
      <details className="rounded bg-white p-3 shadow-sm">
        <summary className="cursor-pointer font-medium">向哪个机关申请？各机关的政府信息公开工作机构</summary>
        {targets.length === 0 && <p className="mt-2 text-gray-700">暂无可受理申请的机关。</p>}
        <ul className="mt-2 space-y-2">
          {targets.map((t) => (
            <li key={t.id}>
              <strong>{t.name}</strong>
              {t.officeName && `：${t.officeName}`}
              {t.address && `，地址 ${t.address}`}
              {t.phone && `，电话 ${t.phone}`}
            </li>
          ))}
        </ul>
      </details>
      <p className="text-sm text-gray-700">
        标有 <span className="text-red-700">*</span> 的为必填项。也可以书面（当面递交、邮寄）或口头向受理机关提出申请。
      </p>
      <ApplyForm targets={targets.map(({ id, name }) => ({ id, name }))} />
    </div>
  );
}
