import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { listCategories } from "@/lib/items/categories";
import { CategoryRowForms, NewCategoryForm } from "./CategoryForms";

export const metadata = { title: "主题分类" };

export default async function CategoriesPage() {
  await requirePage("category.manage");
  const categories = await listCategories();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">主题分类</h1>
      <p className="mb-3 text-sm text-gray-700">
        主题分类由各机关共用。停用的分类不再出现在登记表单中，已归入该分类的信息保持不变，公开目录中照常显示。
      </p>
      <NewCategoryForm />
      <div className="mt-4">
        <Table
          caption="主题分类"
          headers={["顺序", "名称", "代码", "信息数", "状态", "操作"]}
          rows={categories.map((c, i) => [
            i + 1,
            c.name,
            c.code,
            c._count.items,
            <span key="s" className="whitespace-nowrap">{c.retired ? "已停用" : "使用中"}</span>,
            <CategoryRowForms key="f" id={c.id} name={c.name} retired={c.retired} first={i === 0} last={i === categories.length - 1} />,
          ])}
        />
      </div>
    </>
  );
}
