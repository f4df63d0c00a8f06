import { parseCommandLine } from "@/lib/cli";
import { env } from "@/lib/env";
import { importInterchangeFile, type ImportSummary } from "@/lib/interchange/import";
import { catchUpPairs } from "@/lib/items/pair-catch-up";

const LABELS: Record<keyof ImportSummary, string> = {
  organizations: "机构",
  categories: "主题分类",
  items: "政府信息",
  requests: "依申请公开申请",
  appeals: "复议诉讼",
  statistics: "统计数据",
};

async function main(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args, { "dry-run": { type: "boolean" }, overwrite: { type: "boolean" } });
  const path = typeof parsed === "string" ? undefined : parsed.positionals[0];
  if (typeof parsed === "string" || !path || parsed.positionals.length > 1) {
    console.error(`${typeof parsed === "string" ? `${parsed}\n` : ""}用法：npm run import -- <file.json> [--dry-run] [--overwrite]`);
    return 2;
  }
  const dryRun = parsed.values["dry-run"] ?? false;
  const overwrite = parsed.values.overwrite ?? false;
  let result;
  try {
    result = await importInterchangeFile(path, { dryRun, overwrite });
  } catch (error) {
    // Unreadable or not JSON: reported before anything is written.
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EISDIR") {
      console.error(`无法读取 JSON 文件 ${path}：${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
  if (!result.ok && result.conflicts) {
    console.error(`文件会覆盖 ${result.conflicts.length} 条导入后已在系统中修改的记录，未写入任何数据：`);
    for (const conflict of result.conflicts) console.error(`  ${conflict}`);
    console.error("核对后如确需以文件为准，请加 --overwrite 重新导入。");
    return 3;
  }
  if (!result.ok) {
    console.error(`文件有 ${result.errors.length} 处错误，未写入任何数据：`);
    for (const error of result.errors) console.error(`  ${error}`);
    return 1;
  }
  console.log(dryRun ? "试运行（未写入）：" : "导入完成：");
  for (const [section, t] of Object.entries(result.summary) as [keyof ImportSummary, ImportSummary[keyof ImportSummary]][]) {
    console.log(`  ${LABELS[section]} ${section}: 新增 ${t.created} created, 更新 ${t.updated} updated, 未变 ${t.unchanged} unchanged`);
  }
  if (!dryRun) {
    const started = performance.now();
    const indexed = catchUpPairs(env.DATABASE_URL);
    if (indexed > 0) console.log(`两字词检索索引：${indexed} 条，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error("导入失败，未写入任何数据：", error);
    process.exit(1);
  },
);
