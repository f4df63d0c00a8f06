import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { getUser } from "@/lib/auth/queries";
import { ROLES, type Role } from "@/lib/auth/roles";
import { accountOrganizations } from "@/lib/organizations/queries";
import { orgOptions } from "../options";
import { EditUserForm, ResetPasswordForm, UserStatusForm } from "./UserForms";

export const metadata = { title: "编辑用户" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function UserPage({ params, searchParams }: Props) {
  const admin = await requirePage("user.manage");
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const [user, orgs] = await Promise.all([getUser(admin, id), accountOrganizations(admin)]);
  if (!user) notFound();
  const editable = { ...user, role: user.role as Role };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-blue-800 underline">
          用户管理
        </Link>{" "}
        / {user.username}
      </p>
      <h1 className="mb-1 text-2xl font-bold">用户 {user.username}</h1>
      <p className="mb-4 text-gray-700">
        {ROLES[editable.role]}
        {user.mustChangePassword && "，待修改初始密码"}
      </p>
      {created && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-2 text-green-900">
          用户已创建。请将初始密码告知本人，首次登录后须修改。
        </p>
      )}
      <div className="grid max-w-3xl gap-4">
        <EditUserForm user={editable} orgChoices={orgOptions(admin, orgs)} />
        <UserStatusForm user={editable} />
        <ResetPasswordForm user={editable} />
      </div>
    </>
  );
}
