import { VALIDITIES } from "@/lib/items/codes";
import { labelOf } from "@/lib/labels";

/** The standard metadata block of a 政府信息 (索引号, 主题分类, 发布机构, 成文日期, 文号, 公开日期, 有效性). */
export function ItemMetadata({
  item,
}: {
  item: {
    indexNo: string;
    category: { name: string };
    issuer: string | null;
    org: { name: string };
    createdOn: string;
    docNo: string | null;
    publishedOn: string | null;
    validity: string;
    abolishedOn: string | null;
  };
}) {
  const validity = labelOf(VALIDITIES, item.validity);
  const rows: [string, string][] = [
    ["索引号", item.indexNo],
    ["主题分类", item.category.name],
    ["发布机构", item.issuer ?? item.org.name],
    ["成文日期", item.createdOn],
    ["文号", item.docNo ?? "—"],
    ["公开日期", item.publishedOn ?? "—"],
    ["有效性", item.abolishedOn ? `${validity}（${item.abolishedOn}）` : validity],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-1 border border-gray-300 bg-gray-50 p-3 text-sm sm:grid-cols-[auto_1fr_auto_1fr] print:bg-white">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-bold text-gray-700">{label}：</dt>
          <dd className="break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
