import { ImportWizard } from "@/components/admin/ImportWizard";
import { ImportIntro } from "@/components/admin/ImportIntro";
import { requirePage } from "@/lib/auth/session";
import { confirmItemsImportAction, previewItemsImportAction } from "./actions";

export const metadata = { title: "从 Excel 导入政府信息" };

export default async function ImportItemsPage() {
  await requirePage("item.edit");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">从 Excel 导入政府信息</h1>
      <ImportIntro templateHref="/api/admin/import-templates/items" what="政府信息">
        导入的信息为本机关的草稿，索引号按成文日期的年份自动生成，之后照常提交审核。
      </ImportIntro>
      <ImportWizard kind="items" noun="条政府信息" recordHref="/admin/items" preview={previewItemsImportAction} confirm={confirmItemsImportAction} />
    </>
  );
}
