import Link from "next/link";
import { redirect } from "next/navigation";
import { SkipLink } from "@/components/SkipLink";
import { SignOutButton } from "@/components/admin/SignOutButton";
import { ADMIN_NAV } from "@/lib/admin-nav";
import { currentUser } from "@/lib/auth/session";
import { organizationName } from "@/lib/organizations/queries";
import { ROLES } from "@/lib/auth/roles";
import { can } from "@/lib/permissions";

export const metadata = { title: { default: "管理后台", template: "%s - 管理后台" } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/login");
  // Until an initial password is changed every page leads to /admin/password, so the sidebar would only mislead.
  const orgName = user.orgId ? await organizationName(user.orgId) : "全平台";
  const nav = user.mustChangePassword ? [] : ADMIN_NAV.filter((item) => can(user, item.permission));
  return (
    <>
      <SkipLink />
      <header className="flex flex-wrap items-center justify-between gap-2 bg-slate-800 px-4 py-3 text-white">
        <p className="text-lg font-bold">
          政府信息公开管理系统<span className="ml-2 text-base font-normal">{orgName}</span>
        </p>
        <div className="flex items-center gap-3 text-sm">
          <span>
            {user.name}（{ROLES[user.role]}）
          </span>
          <Link href="/admin/password" className="underline hover:no-underline">
            修改密码
          </Link>
          <SignOutButton />
        </div>
      </header>
      <div className="md:flex">
        <nav aria-label="后台导航" className="border-b border-gray-300 bg-white md:min-h-[calc(100vh-52px)] md:w-48 md:border-b-0 md:border-r">
          <ul className="flex flex-wrap md:block">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block px-4 py-2 hover:bg-gray-100 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-4 focus:outline-none md:p-6">
          {children}
        </main>
      </div>
    </>
  );
}
