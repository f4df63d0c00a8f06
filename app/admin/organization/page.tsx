import Link from "next/link";
import { requirePage } from "@/lib/auth/session";
import { getManagedOrganization, listOrganizations } from "@/lib/organizations/queries";
import { OrganizationForm } from "./OrganizationForm";

export const metadata = { title: "机关设置" };

export default async function OrganizationPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const user = await requirePage("organization.manage");
  const { org: code } = await searchParams;
  const [org, all] = await Promise.all([getManagedOrganization(user, code), user.orgId ? null : listOrganizations()]);
  if (!org) return <p>没有可设置的机关。</p>;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">机关设置</h1>
      <p className="mb-4 text-gray-700">{org.name}</p>
      {all && (
        <nav aria-label="选择机关" className="mb-4">
          <ul className="flex flex-wrap gap-3">
            {all.map((o) => (
              <li key={o.id}>
                <Link href={`/admin/organization?org=${o.code}`} aria-current={o.id === org.id ? "page" : undefined} className="text-blue-800 underline aria-[current=page]:font-bold">
                  {o.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <OrganizationForm key={org.id} org={org} />
    </>
  );
}
