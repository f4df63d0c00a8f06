import Link from "next/link";
import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { todayInChina } from "@/lib/dates";
import { HOLIDAY_YEARS } from "@/lib/calendar/holidays";
import { listCalendarDays } from "@/lib/calendar/queries";
import { CALENDAR_KINDS } from "@/lib/calendar/schemas";
import { labelOf } from "@/lib/labels";
import { weekday } from "@/lib/calendar/working-days";
import { CalendarDayForm } from "./CalendarDayForm";

export const metadata = { title: "工作日历" };

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requirePage("calendar.manage");
  const thisYear = Number(todayInChina().slice(0, 4));
  const years = [...new Set([...HOLIDAY_YEARS, thisYear, thisYear + 1])].sort((a, b) => b - a);
  const requested = Number((await searchParams).year);
  const year = years.includes(requested) ? requested : thisYear;
  const days = await listCalendarDays(year);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">工作日历</h1>
      <p>
        工作日为星期一至星期五，法定节假日除外，另加国务院办公厅通知的调休上班日（周末）。这里只列出与此不同的日子。
        修改后，所有办理中申请的答复期限会按新日历重新计算，期限有变化的会记入该申请的办理记录。
      </p>
      <nav aria-label="选择年份" className="flex flex-wrap gap-3">
        {years.map((y) => (
          <Link key={y} href={`/admin/calendar?year=${y}`} aria-current={y === year ? "page" : undefined} className="underline aria-[current=page]:font-bold">
            {y}年
          </Link>
        ))}
      </nav>
      <section aria-labelledby="days-title">
        <h2 id="days-title" className="mb-2 text-xl font-bold">
          {year}年的节假日和调休上班日（{days.length}天）
        </h2>
        {days.length === 0 && <p className="mb-2 text-amber-900">本年尚未载入节假日安排：国务院办公厅通知发布后请逐日添加。</p>}
        <Table
          caption={`${year}年的节假日和调休上班日`}
          headers={["日期", "星期", "类型", "名称", "依据", "最后修改"]}
          rows={days.map((d) => [
            d.date,
            WEEKDAYS[weekday(d.date)],
            labelOf(CALENDAR_KINDS, d.kind),
            d.name,
            d.source,
            d.updatedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" }),
          ])}
        />
      </section>
      <section aria-labelledby="edit-title">
        <h2 id="edit-title" className="mb-2 text-xl font-bold">
          添加或更正一天
        </h2>
        <CalendarDayForm />
      </section>
    </div>
  );
}
