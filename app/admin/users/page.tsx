import Link from "next/link";
import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { listUsers } from "@/lib/auth/queries";
import { ROLES } from "@/lib/auth/roles";
import { labelOf } from "@/lib/labels";

export const metadata = { title: "用户管理" };

export default async function UsersPage() {
  const admin = await requirePage("user.manage");
  const users = await listUsers(admin);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">用户管理</h1>
        <Link href="/admin/users/new" className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
          新建用户
        </Link>
      </div>
      <Table
        caption="用户列表"
        headers={["用户名", "姓名", "角色", "所属机构", "状态"]}
        rows={users.map((u) => [
          <Link key={u.id} href={`/admin/users/${u.id}`} className="text-blue-800 underline">
            {u.username}
          </Link>,
          u.name,
          labelOf(ROLES, u.role),
          u.org?.name ?? "全平台",
          [u.active ? "启用" : "停用", u.mustChangePassword && "待修改初始密码", u.locked && "登录已锁定"].filter(Boolean).join("，"),
        ])}
      />
    </>
  );
}
