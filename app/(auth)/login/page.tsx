import Link from "next/link";
import { LoginForm } from "./LoginForm";

export const metadata = { title: "工作人员登录" };

export default function LoginPage() {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded bg-white p-6 shadow">
        <h1 className="mb-1 text-2xl font-bold">工作人员登录</h1>
        <p className="mb-4 text-sm text-gray-700">政府信息公开管理系统</p>
        <LoginForm />
        <p className="mt-4 text-sm">
          <Link href="/" className="text-blue-800 underline">
            返回公开网站
          </Link>
        </p>
      </div>
    </main>
  );
}
