import { ImportWizard } from "@/components/admin/ImportWizard";
import { ImportIntro } from "@/components/admin/ImportIntro";
import { requirePage } from "@/lib/auth/session";
import { confirmRequestsImportAction, previewRequestsImportAction } from "./actions";

export const metadata = { title: "从 Excel 导入申请" };

export default async function ImportRequestsPage() {
  await requirePage("request.handle");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">从 Excel 导入政府信息公开申请</h1>
      <ImportIntro templateHref="/api/admin/import-templates/requests" what="申请">
        导入的申请登记在本机关，按收到申请之日起算答复期限，申请编号自动生成。批量导入的申请不生成查询码；需要网上查询的申请人，请逐件在“登记申请”页面登记。
      </ImportIntro>
      <ImportWizard kind="requests" noun="件申请" recordHref="/admin/requests" preview={previewRequestsImportAction} confirm={confirmRequestsImportAction} />
    </>
  );
}
