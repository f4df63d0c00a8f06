import { StackedBarChart } from "@/components/admin/StackedBarChart";
import { inputClass } from "@/components/ui/form";
import { requirePage } from "@/lib/auth/session";
import { dashboardCounts } from "@/lib/dashboard";
import { chartYearQuery, dashboardCharts, defaultChartYear } from "@/lib/dashboard-charts/queries";
import { todayInChina } from "@/lib/dates";
import { can } from "@/lib/permissions";
import { proactiveSuggestionsFor } from "@/lib/requests/to-proactive";
import { ProactiveSuggestions } from "./requests/ProactiveSuggestions";

export const metadata = { title: "工作台" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePage("dashboard.view");
  const thisYear = Number(todayInChina().slice(0, 4));
  const year = chartYearQuery(thisYear).parse((await searchParams).year) ?? (await defaultChartYear(user));
  // 依申请转主动 is suggested to those who handle the body's requests.
  const [counts, charts, suggestions] = await Promise.all([
    dashboardCounts(user),
    dashboardCharts(user, year),
    user.orgId && can(user, "request.handle") ? proactiveSuggestionsFor(user.orgId) : [],
  ]);
  const cards = [
    { label: "已发布信息", value: counts.published },
    { label: "待审核信息", value: counts.pendingReview },
    { label: "办理中的申请", value: counts.openRequests },
    { label: "未同步解读的政策文件", value: counts.policiesWithoutInterpretation },
  ];
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">工作台</h1>
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
