import Link from "next/link";

export const metadata = { title: "无权访问" };

export default function DeniedPage() {
  return (
    <section role="alert" className="rounded border border-red-300 bg-red-50 p-4">
      <h1 className="mb-2 text-xl font-bold text-red-900">无权访问</h1>
      <p>您的账号没有访问该页面的权限。如需开通，请联系系统管理员。</p>
      <p className="mt-2">
        <Link href="/admin" className="text-blue-800 underline">
          返回工作台
        </Link>
      </p>
    </section>
  );
}
