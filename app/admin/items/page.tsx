import Link from "next/link";
import { PublicationFlagBadge, StatusBadge } from "@/components/items/StatusBadge";
import { FilterSelect } from "@/components/ui/FilterSelect";
import { Table } from "@/components/ui/Table";
import { inputClass } from "@/components/ui/form";
import { requirePage } from "@/lib/auth/session";
import { loadCalendar } from "@/lib/calendar/queries";
import { todayInChina } from "@/lib/dates";
import { listCategories } from "@/lib/items/categories";
import { GENRES, ITEM_STATUSES } from "@/lib/items/codes";
import { encodeCursor } from "@/lib/items/cursor";
import { publicationFlag } from "@/lib/items/deadline";
import { hrefWith, parseAdminItemQuery } from "@/lib/items/filters";
import { listAdminItems } from "@/lib/items/queries";

export const metadata = { title: "政府信息" };

export default async function ItemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePage("item.edit");
  const filter = parseAdminItemQuery(await searchParams);
  // The working-day calendar once for the whole list, not per item.
  const [page, categories, calendar] = await Promise.all([listAdminItems(user, filter), listCategories(), loadCalendar()]);
  const today = todayInChina();
  const select = (name: string, label: string, value: string | number | undefined, choices: [string, string][]) => (
    <FilterSelect id={`filter-${name}`} name={name} label={label} value={value} choices={choices} className={inputClass} />
  );
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 20 }, (_, i) => String(thisYear - i));
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">政府信息</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/items/import" className="rounded border border-gray-500 bg-white px-4 py-2 hover:bg-gray-100">
            从 Excel 导入
          </Link>
          <Link href="/admin/items/new" className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
            登记政府信息
          </Link>
        </div>
      </div>
      <form method="get" role="search" className="mb-4 grid gap-3 rounded bg-white p-3 shadow-sm sm:grid-cols-5" aria-label="搜索和筛选">
        <div className="sm:col-span-5">
          <label htmlFor="filter-q" className="mb-1 block text-sm font-medium">
            关键词
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={100} placeholder="标题、文号、索引号或正文中的词" className={inputClass} />
        </div>
        {select("status", "状态", filter.status, Object.entries(ITEM_STATUSES))}
        {select("categoryId", "主题分类", filter.categoryId, categories.map((c) => [c.id, c.name]))}
        {select("year", "成文年份", filter.year, years.map((y) => [y, `${y} 年`]))}
        {select("genre", "体裁", filter.genre, Object.entries(GENRES))}
        <button type="submit" className="self-end rounded border border-gray-500 bg-white px-4 py-2 hover:bg-gray-100">
          搜索
        </button>
      </form>
      {filter.q && page.rows.length === 0 && <p className="mb-3">没有找到包含“{filter.q}”的政府信息。</p>}
      <Table
        caption={filter.q ? `包含“${filter.q}”的政府信息` : "政府信息列表"}
        headers={["索引号", "标题", "主题分类", "成文日期", "公开日期", "状态"]}
        rows={page.rows.map((item) => [
          <span key="i" className="whitespace-nowrap">{item.indexNo}</span>,
          <span key="t">
            <Link href={`/admin/items/${item.id}`} className="text-blue-800 underline">
              {item.title}
            </Link>
            {item.docNo && <span className="block text-sm text-gray-700">{item.docNo}</span>}
          </span>,
          item.category.name,
          item.createdOn,
          item.publishedOn ?? "—",
          <span key="s" className="flex flex-wrap gap-1">
            <StatusBadge status={item.status} />
            <PublicationFlagBadge flag={publicationFlag(item, today, calendar)} />
          </span>,
        ])}
      />
      {page.next && (
        <p className="mt-3">
          <Link className="text-blue-800 underline" href={hrefWith("/admin/items", { ...filter, after: encodeCursor(page.next) })}>
            下一页
          </Link>
        </p>
      )}
      <p className="mt-3 text-sm text-gray-700">“逾期公开”“已超期未公开”：主动公开信息自成文之日起超过 20 个工作日（条例第二十六条；按工作日日历计算，已扣除法定节假日、计入调休上班日）。</p>
    </>
  );
}
