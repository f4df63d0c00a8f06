import Link from "next/link";
import { LoginForm } from "./LoginForm";

export const metadata = { title: "工作人员登录" };

const NOTICES: Record<string, string> = {
  changed: "密码已修改，请使用新密码登录。",
  expired: "您已长时间未操作，为保护账号安全已自动退出，请重新登录。",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const { notice } = await searchParams;
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded bg-white p-6 shadow">
        <h1 className="mb-1 text-2xl font-bold">工作人员登录</h1>
        <p className="mb-4 text-sm text-gray-700">政府信息公开管理系统</p>
        <LoginForm notice={notice ? NOTICES[notice] : undefined} />
        <p className="mt-4 text-sm">
          <Link href="/" className="text-blue-800 underline">
            返回公开网站
          </Link>
        </p>
      </div>
    </main>
  );
}
