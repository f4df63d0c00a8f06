import Link from "next/link";
import { requirePage } from "@/lib/auth/session";
import { listOrganizations } from "@/lib/organizations";
import { CreateUserForm } from "./CreateUserForm";

export const metadata = { title: "新建用户" };

export default async function NewUserPage() {
  await requirePage("user.manage");
  const orgs = await listOrganizations();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-blue-800 underline">
          用户管理
        </Link>{" "}
        / 新建用户
      </p>
      <h1 className="mb-4 text-2xl font-bold">新建用户</h1>
      <CreateUserForm orgs={orgs.map((o) => ({ id: o.id, name: o.name }))} />
    </>
  );
}
