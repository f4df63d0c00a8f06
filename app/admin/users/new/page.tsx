import Link from "next/link";
import { requirePage } from "@/lib/auth/session";
import { accountOrganizations } from "@/lib/organizations/queries";
import { orgOptions } from "../options";
import { CreateUserForm } from "./CreateUserForm";

export const metadata = { title: "新建用户" };

export default async function NewUserPage() {
  const admin = await requirePage("user.manage");
  const orgChoices = orgOptions(admin, await accountOrganizations(admin));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-blue-800 underline">
          用户管理
        </Link>{" "}
        / 新建用户
      </p>
      <h1 className="mb-4 text-2xl font-bold">新建用户</h1>
      <CreateUserForm orgChoices={orgChoices} />
    </>
  );
}
