import Link from "next/link";
import { StackedBarChart } from "@/components/admin/StackedBarChart";
import { inputClass } from "@/components/ui/form";
import { requirePage } from "@/lib/auth/session";
import { dashboardCounts } from "@/lib/dashboard";
import { chartYearQuery, dashboardCharts, defaultChartYear } from "@/lib/dashboard-charts/queries";
import { todayInChina } from "@/lib/dates";
import { loadCalendar } from "@/lib/calendar/queries";
import { nextYearNoticeMissing } from "@/lib/calendar/working-days";
import { can } from "@/lib/permissions";
import { proactiveSuggestionsFor } from "@/lib/requests/to-proactive";
import { ProactiveSuggestions } from "./requests/ProactiveSuggestions";

export const metadata = { title: "工作台" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePage("dashboard.view");
  const thisYear = Number(todayInChina().slice(0, 4));
  const year = chartYearQuery(thisYear).parse((await searchParams).year) ?? (await defaultChartYear(user));
  // 依申请转主动 is suggested to those who handle the body's requests.
  const [counts, charts, cal, suggestions] = await Promise.all([
    dashboardCounts(user),
    dashboardCharts(user, year),
    loadCalendar(),
    user.orgId && can(user, "request.handle") ? proactiveSuggestionsFor(user.orgId) : [],
  ]);
  const missingNotice = nextYearNoticeMissing(todayInChina(), cal);
  const cards = [
    { label: "已发布信息", value: counts.published },
    { label: "待审核信息", value: counts.pendingReview },
    { label: "办理中的申请", value: counts.openRequests },
    { label: "未同步解读的政策文件", value: counts.policiesWithoutInterpretation },
  ];
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">工作台</h1>
      {missingNotice && (
        // A heading-named section, not role="alert": it is standing information, not news (and the specs find
        // the forms' messages by role="alert").
        <section aria-labelledby="calendar-notice" className="mb-4 rounded border-2 border-amber-600 bg-amber-50 p-3">
          <h2 id="calendar-notice" className="font-bold text-amber-900">
            {missingNotice} 年节假日安排尚未载入
          </h2>
          <p>
            落在 {missingNotice} 年的答复期限暂按周一至周五推算（标为“暂按工作日推算”）。国务院办公厅公布{missingNotice} 年部分节假日安排后，
            {can(user, "calendar.manage") ? (
              <Link href="/admin/calendar" className="text-blue-800 underline">
                请在工作日历中载入
              </Link>
            ) : (
              "请平台管理员在工作日历中载入"
            )}
            。
          </p>
        </section>
      )}
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((card) => (
          <div key={card.label} className="rounded bg-white p-4 shadow-sm">
            <dt className="text-gray-700">{card.label}</dt>
            <dd className="text-3xl font-bold">{card.value}</dd>
          </div>
        ))}
      </dl>
      {suggestions.length > 0 && (
        <div className="mt-6">
          <ProactiveSuggestions suggestions={suggestions} />
        </div>
      )}
      <form method="get" className="mt-6 mb-4 flex flex-wrap items-end gap-2" aria-label="选择图表年度">
        <div>
          <label htmlFor="chart-year" className="mb-1 block text-sm font-medium">
            统计年度
          </label>
          <select id="chart-year" name="year" defaultValue={year} className={inputClass}>
            {Array.from({ length: 15 }, (_, i) => thisYear - i).map((y) => (
              <option key={y} value={y}>
                {y} 年
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-gray-500 bg-white px-4 py-2 hover:bg-gray-100">
          查看
        </button>
      </form>
      <div className="grid gap-4 lg:grid-cols-2">
        <StackedBarChart id="chart-requests" title={`${year}年各月收到的申请及办理结果`} unit="件" chart={charts.requests} />
        <StackedBarChart id="chart-overdue" title={`${year}年各月到期的申请及逾期情况`} unit="件" chart={charts.overdue} />
        <StackedBarChart
          id="chart-items"
          title={`${charts.years[0]}—${year}年各主题分类的政府信息（按成文日期）`}
          unit="条"
          chart={charts.items}
        />
      </div>
    </>
  );
}
