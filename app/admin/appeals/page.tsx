import Link from "next/link";
import { Table } from "@/components/ui/Table";
import { APPEAL_KINDS, APPEAL_RESULTS } from "@/lib/appeals/codes";
import { labelOf } from "@/lib/labels";
import { listAppeals } from "@/lib/appeals/queries";
import { requirePage } from "@/lib/auth/session";

export const metadata = { title: "复议诉讼" };

const STATES = { pending: "尚未审结", closed: "已审结" } as const;

export default async function AppealsPage({ searchParams }: { searchParams: Promise<{ state?: string }> }) {
  const user = await requirePage("appeal.edit");
  const requested = (await searchParams).state;
  const state = requested === "pending" || requested === "closed" ? requested : undefined;
  const appeals = await listAppeals(user, { state });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">行政复议和行政诉讼</h1>
        {user.orgId && (
          <Link href="/admin/appeals/new" className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
            登记案件
          </Link>
        )}
      </div>
      <p className="text-sm text-gray-700">年度报告按立案日期计入当年；年底尚未审结的计入“尚未审结”。</p>
      <nav aria-label="按审结情况筛选" className="flex gap-4">
        <Link href="/admin/appeals" aria-current={state ? undefined : "page"} className="underline aria-[current=page]:font-bold">
          全部
        </Link>
        {Object.entries(STATES).map(([code, name]) => (
          <Link key={code} href={`/admin/appeals?state=${code}`} aria-current={state === code ? "page" : undefined} className="underline aria-[current=page]:font-bold">
            {name}
          </Link>
        ))}
      </nav>
      <Table
        caption="复议诉讼案件"
        headers={["案件编号", "类型", "立案日期", "审结日期", "结果", "关联申请", ...(user.orgId ? [] : ["机关"])]}
        rows={appeals.map((a) => [
          <Link key="n" href={`/admin/appeals/${a.id}`} className="text-blue-800 underline">
            {a.number}
          </Link>,
          labelOf(APPEAL_KINDS, a.kind),
          a.filedOn,
          a.closedOn ?? "—",
          a.result ? labelOf(APPEAL_RESULTS, a.result) : "尚未审结",
          a.request ? (
            <Link key="r" href={`/admin/requests/${a.request.id}`} className="font-mono text-blue-800 underline">
              {a.request.number}
            </Link>
          ) : (
            "—"
          ),
          ...(user.orgId ? [] : [a.org.name]),
        ])}
      />
    </div>
  );
}
