import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { listUsers } from "@/lib/auth/queries";
import { ROLES, type Role } from "@/lib/auth/roles";

export const metadata = { title: "用户管理" };

export default async function UsersPage() {
  await requirePage("user.manage");
  const users = await listUsers();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">用户管理</h1>
      <Table
        caption="用户列表"
        headers={["用户名", "姓名", "角色", "所属机构", "状态"]}
        rows={users.map((u) => [u.username, u.name, ROLES[u.role as Role], u.org?.name ?? "全平台", u.active ? "启用" : "停用"])}
      />
    </>
  );
}
