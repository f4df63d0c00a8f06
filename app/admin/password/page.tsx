import { requirePage } from "@/lib/auth/session";
import { ChangePasswordForm } from "./ChangePasswordForm";

export const metadata = { title: "修改密码" };

export default async function PasswordPage() {
  const user = await requirePage("account.password");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">修改密码</h1>
      {user.mustChangePassword ? (
        <p role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 p-2 text-amber-900">
          您正在使用初始密码或管理员重置的密码，请先修改密码后再使用系统。
        </p>
      ) : (
        <p className="mb-4 text-gray-700">修改后，您在所有设备上的登录都将失效，需要用新密码重新登录。</p>
      )}
      <ChangePasswordForm />
    </>
  );
}
