import { requirePage } from "@/lib/auth/session";
import { listSelectableCategories } from "@/lib/items/categories";
import { organizationName } from "@/lib/organizations/queries";
import { ItemForm } from "../ItemForm";

export const metadata = { title: "登记政府信息" };

export default async function NewItemPage() {
  const user = await requirePage("item.edit");
  const [categories, orgName] = await Promise.all([listSelectableCategories(), organizationName(user.orgId)]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">登记政府信息</h1>
      <p className="mb-4 text-sm text-gray-700">保存后自动生成索引号。保存为草稿后可上传附件并提交审核。</p>
      <ItemForm categories={categories} orgName={orgName} />
    </>
  );
}
