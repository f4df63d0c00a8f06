import Link from "next/link";
import { listLatestPublished } from "@/lib/items/queries";

const SERVICES = [
  ["/guide", "政府信息公开指南"],
  ["/rules", "政府信息公开制度"],
  ["/catalogue", "政府信息公开目录"],
  ["/reports", "政府信息公开工作年度报告"],
  ["/apply", "在线申请政府信息公开"],
  ["/track", "申请办理进度查询"],
] as const;

export default async function HomePage() {
  const items = await listLatestPublished(10);
  return (
    <div className="grid gap-6 md:grid-cols-3">
      <section aria-labelledby="latest" className="rounded bg-white p-4 shadow-sm md:col-span-2">
        <h1 id="latest" className="mb-3 border-b-2 border-brand pb-2 text-xl font-bold">
          最新公开信息
        </h1>
        {items.length === 0 ? (
          <p className="text-gray-700">暂无公开信息。</p>
        ) : (
          <ul className="divide-y divide-gray-200">
            {items.map((item) => (
              <li key={item.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:justify-between">
                <Link href={`/items/${item.id}`} className="text-blue-800 hover:underline">
                  {item.title}
                </Link>
                <span className="shrink-0 text-sm text-gray-700">
                  {item.org.name} · {item.publishedOn}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="services" className="rounded bg-white p-4 shadow-sm">
        <h2 id="services" className="mb-3 border-b-2 border-brand pb-2 text-xl font-bold">
          公开服务
        </h2>
        <ul className="space-y-2">
          {SERVICES.map(([href, label]) => (
            <li key={href}>
              <Link className="text-blue-800 hover:underline" href={href}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
