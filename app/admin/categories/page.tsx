import { Placeholder } from "@/components/Placeholder";
import { requirePage } from "@/lib/auth/session";

export const metadata = { title: "主题分类" };

export default async function Page() {
  await requirePage("category.manage");
  return <Placeholder title="主题分类">新增、重命名、排序、停用主题分类的功能即将上线。</Placeholder>;
}
