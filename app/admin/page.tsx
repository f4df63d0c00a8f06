import { requirePage } from "@/lib/auth/session";
import { dashboardCounts } from "@/lib/dashboard";

export const metadata = { title: "工作台" };

export default async function DashboardPage() {
  const user = await requirePage("dashboard.view");
  const counts = await dashboardCounts(user);
  const cards = [
    { label: "已发布信息", value: counts.published },
    { label: "待审核信息", value: counts.pendingReview },
    { label: "办理中的申请", value: counts.openRequests },
  ];
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">工作台</h1>
      <dl className="grid gap-4 sm:grid-cols-3">
        {cards.map((card) => (
          <div key={card.label} className="rounded bg-white p-4 shadow-sm">
            <dt className="text-gray-700">{card.label}</dt>
            <dd className="text-3xl font-bold">{card.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
