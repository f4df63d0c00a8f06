import Link from "next/link";
import { inputClass, secondaryButtonClass } from "@/components/ui/form";

type Published = { id: string; title: string; docNo: string | null; publishedOn: string | null }[];

/**
 * Before the application: a plain GET search of the body's published items (the catalogue's search), so an
 * applicant whose information is already public can read it now instead of waiting for an answer.
 */
export function PublishedCheck({ orgCode, info, published }: { orgCode: string; info?: string; published: Published | null }) {
  return (
    <section aria-labelledby="published-check" className="space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="published-check" className="font-bold">
        申请前先查一查：所需信息可能已经主动公开
      </h2>
      <form method="get" action="/apply" role="search" aria-label="查找已主动公开的信息" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="org" value={orgCode} />
        <div className="grow">
          <label htmlFor="published-info" className="mb-1 block font-medium">
            所需信息的关键词
          </label>
          <input id="published-info" name="info" defaultValue={info ?? ""} maxLength={50} className={inputClass} placeholder="如：危房改造 补助" />
        </div>
        <button type="submit" className={secondaryButtonClass}>
          查找
        </button>
      </form>
      {published &&
        (published.length === 0 ? (
          <p role="status">没有找到相符的已公开信息，请填写下面的申请。</p>
        ) : (
          <div role="status">
            <h3 className="font-bold">这些信息已主动公开</h3>
            <p className="text-sm text-gray-700">可以直接查阅，无需申请；没有您所需的信息的，请继续填写下面的申请。</p>
            <ul className="mt-2 divide-y divide-gray-200">
              {published.map((item) => (
                <li key={item.id} className="py-2">
                  <Link href={`/items/${item.id}`} className="font-medium text-blue-800 underline">
                    {item.title}
                  </Link>
                  <span className="ml-2 text-sm text-gray-700">{[item.docNo, item.publishedOn && `${item.publishedOn} 公开`].filter(Boolean).join("，")}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
