import Link from "next/link";
import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { DISCLOSURES } from "@/lib/items/codes";
import { labelOf } from "@/lib/labels";
import { listReviewQueue } from "@/lib/items/queries";

export const metadata = { title: "审核发布" };

export default async function ReviewPage() {
  const user = await requirePage("item.review");
  const queue = await listReviewQueue(user);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">审核发布</h1>
      <p className="mb-3 text-sm text-gray-700">
        待审核的政府信息，按提交先后排列。打开信息后可审核发布或退回修改；发布前系统会做保密审查。已发布的信息可以
        <Link href="/admin/review/scan" className="text-blue-800 underline">
          批量保密复查
        </Link>
        。
      </p>
      <Table
        caption="待审核信息"
        headers={["索引号", "标题", "主题分类", "公开属性", "成文日期", "提交时间"]}
        rows={queue.map((item) => [
          item.indexNo,
          <Link key="t" href={`/admin/items/${item.id}`} className="text-blue-800 underline">
            {item.title}
          </Link>,
          item.category.name,
          labelOf(DISCLOSURES, item.disclosure),
          item.createdOn,
          item.updatedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }),
        ])}
      />
    </>
  );
}
