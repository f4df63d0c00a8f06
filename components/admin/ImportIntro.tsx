import { MAX_IMPORT_LABEL, MAX_IMPORT_ROWS } from "@/lib/import-xlsx/columns";

/** What an Excel import does, and the template to fill in. */
export function ImportIntro({ templateHref, what, children }: { templateHref: string; what: string; children: React.ReactNode }) {
  return (
    <div className="mb-4 space-y-2 text-sm text-gray-800">
      <p>
        先下载模板，按“说明”工作表逐列填写，每行一{what === "申请" ? "件" : "条"}{what}（最多 {MAX_IMPORT_ROWS} 行，文件不超过 {MAX_IMPORT_LABEL}）。上传后系统逐行检查并列出结果；确认后只导入检查通过的行。
      </p>
      <p>{children}</p>
      <p>
        <a href={templateHref} download className="inline-block rounded border border-gray-500 bg-white px-4 py-2 font-medium text-gray-900 hover:bg-gray-100">
          下载{what}导入模板（.xlsx）
        </a>
      </p>
    </div>
  );
}
