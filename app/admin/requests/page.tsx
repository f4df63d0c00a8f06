import Link from "next/link";
import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { labelOf } from "@/lib/labels";
import { OUTCOMES, REQUEST_STATUSES, requestStatusCodes } from "@/lib/requests/codes";
import { closedRequests, dashboardGroups, DUE_SOON_WORKING_DAYS, openRequests, requestCounts, type OpenRequest } from "@/lib/requests/queries";
import { DueSummary } from "./DueSummary";

export const metadata = { title: "依申请公开" };

type Search = { q?: string; status?: string };

/** The cells both tables start with: the number (a link to the request), the applicant and what was asked for. */
function requestCells(r: { id: string; number: string; applicantName: string; description: string }) {
  return [
    <Link key="n" href={`/admin/requests/${r.id}`} className="whitespace-nowrap font-mono text-blue-800 underline">
      {r.number}
    </Link>,
    r.applicantName || "—",
    <span key="d" className="line-clamp-2 break-all">
      {r.description || "—"}
    </span>,
  ];
}

function OpenTable({ caption, rows }: { caption: string; rows: OpenRequest[] }) {
  return (
    <Table
      caption={caption}
      headers={["申请编号", "申请人", "所需信息", "状态", "期限"]}
      rows={rows.map((r) => [
        ...requestCells(r),
        labelOf(REQUEST_STATUSES, r.status),
        <DueSummary key="due" clock={r.clock} overdue={r.overdue} daysLeft={r.daysLeft} submittedAt={r.submittedAt} provisional={r.provisional} />,
      ])}
    />
  );
}

export default async function RequestsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePage("request.handle");
  const search = await searchParams;
  const status = requestStatusCodes.find((s) => s === search.status);
  const filter = { q: search.q?.slice(0, 100), status };
  const filtered = Boolean(filter.q || status);
  const [counts, open, closed] = await Promise.all([
    requestCounts(user),
    status === "closed" ? Promise.resolve([]) : openRequests(user, filter),
    filtered && (!status || status === "closed") ? closedRequests(user, filter) : Promise.resolve([]),
  ]);
  const groups = dashboardGroups(open);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">依申请公开</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/requests/import" className="rounded border border-gray-500 bg-white px-4 py-2 hover:bg-gray-100">
            从 Excel 导入
          </Link>
          <Link href="/admin/requests/new" className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
            登记申请
          </Link>
        </div>
      </div>

      <section aria-labelledby="counts-title">
        <h2 id="counts-title" className="sr-only">
          各状态申请数
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
          {requestStatusCodes.map((s) => (
            <div key={s} className="rounded bg-white p-3 shadow-sm">
              <dt className="text-sm text-gray-700">{REQUEST_STATUSES[s]}</dt>
              <dd className="text-2xl font-bold">
                <Link href={`/admin/requests?status=${s}`} className="hover:underline">
                  {counts[s]}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <form role="search" aria-label="查找申请" className="flex flex-wrap items-end gap-3 rounded bg-white p-3 shadow-sm">
        <div>
          <label htmlFor="q" className="mb-1 block font-medium">
            关键词
          </label>
          <input id="q" name="q" defaultValue={filter.q} placeholder="申请编号、申请人或所需信息" className="w-64 max-w-full rounded border border-gray-400 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="status" className="mb-1 block font-medium">
            状态
          </label>
          <select id="status" name="status" defaultValue={status ?? ""} className="rounded border border-gray-400 px-3 py-2">
            <option value="">全部</option>
            {requestStatusCodes.map((s) => (
              <option key={s} value={s}>
                {REQUEST_STATUSES[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-slate-700 px-4 py-2 font-bold text-white hover:bg-slate-800">
          查找
        </button>
        {filtered && (
          <Link href="/admin/requests" className="py-2 text-blue-800 underline">
            清除条件
          </Link>
        )}
      </form>

      {!filtered && (
        <>
          <section aria-labelledby="overdue-title">
            <h2 id="overdue-title" className="mb-2 text-xl font-bold">
              已超期（{groups.overdue.length}）
            </h2>
            <OpenTable caption="已超期的申请" rows={groups.overdue} />
          </section>
          <section aria-labelledby="soon-title">
            <h2 id="soon-title" className="mb-2 text-xl font-bold">
              {DUE_SOON_WORKING_DAYS}个工作日内到期（{groups.dueSoon.length}）
            </h2>
            <OpenTable caption={`${DUE_SOON_WORKING_DAYS}个工作日内到期的申请`} rows={groups.dueSoon} />
          </section>
          <section aria-labelledby="waiting-title">
            <h2 id="waiting-title" className="mb-2 text-xl font-bold">
              等待补正、征求意见或缴费（{groups.waiting.length}）
            </h2>
            <OpenTable caption="等待补正、征求意见或缴费的申请" rows={groups.waiting} />
          </section>
          <section aria-labelledby="confirm-title">
            <h2 id="confirm-title" className="mb-2 text-xl font-bold">
              待确认收到（{groups.awaitingConfirmation.length}）
            </h2>
            <OpenTable caption="待确认收到的在线申请" rows={groups.awaitingConfirmation} />
          </section>
        </>
      )}

      {status !== "closed" && (
        <section aria-labelledby="open-title">
          <h2 id="open-title" className="mb-2 text-xl font-bold">
            {filtered ? "符合条件的办理中申请" : "全部办理中的申请（按期限）"}（{open.length}）
          </h2>
          <OpenTable caption="办理中的申请" rows={open} />
        </section>
      )}

      {filtered && (!status || status === "closed") && (
        <section aria-labelledby="closed-title">
          <h2 id="closed-title" className="mb-2 text-xl font-bold">
            符合条件的已办结申请（最近 {closed.length} 件）
          </h2>
          <Table
            caption="已办结的申请"
            headers={["申请编号", "申请人", "所需信息", "收到日期", "答复日期", "办理结果"]}
            rows={closed.map((r) => [
              ...requestCells(r),
              r.receivedOn ?? "—",
              r.closedOn ?? "—",
              labelOf(OUTCOMES, r.outcome),
            ])}
          />
        </section>
      )}
    </div>
  );
}
