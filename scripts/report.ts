import fs from "node:fs";
import { parseCommandLine } from "@/lib/cli";
import { draftDocument, loadDraft, loadPublished, publishedDocument, type ReportDocument } from "@/lib/report/document";
import { reportYear } from "@/lib/report/formats";
import { buildRollup, rollupDocument, rollupJson } from "@/lib/report/rollup";
import { EXPORT_FORMAT_CODES, exportFileName, writeExport, type ExportFormat } from "@/lib/report/export";

const USAGE = `用法：npm run report -- --org <机构代码> --year <YYYY> --format ${EXPORT_FORMAT_CODES.join("|")} [--out <path>] [--version latest|<版本号> | --rollup]
  默认导出按当前记录生成的草稿；--version 导出已发布的版本（latest 为最新发布版）。
  --rollup 导出该机构及其全部下级机关的汇总报告（已发布年报的机关采用其最新发布版的数据；JSON 另附 sources 来源清单）。
  json、csv、html 未给 --out 时输出到标准输出；docx、xlsx 未给 --out 时写入当前目录下以报告命名的文件。`;

async function load(org: string, year: number, version: string | undefined): Promise<ReportDocument | string> {
  if (version === undefined) {
    const draft = await loadDraft({ code: org }, year);
    return draft ? draftDocument(draft) : `未找到机构：${org}`;
  }
  const versionNo = version === "latest" ? undefined : Number(version);
  if (versionNo !== undefined && !Number.isInteger(versionNo)) return `版本号无效：${version}`;
  const frozen = await loadPublished(org, year, versionNo);
  return frozen ? publishedDocument(frozen) : `${org} ${year} 年没有已发布的报告${versionNo ? `（第${versionNo}版）` : ""}`;
}

const OPTIONS = {
  org: { type: "string" },
  year: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  version: { type: "string" },
  rollup: { type: "boolean" },
} as const;

async function main(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args, OPTIONS);
  if (typeof parsed === "string" || parsed.positionals.length > 0) {
    console.error(`${typeof parsed === "string" ? parsed : `多余的参数：${parsed.positionals.join(" ")}`}\n${USAGE}`);
    return 2;
  }
  const { org, out, version, rollup } = parsed.values;
  const year = reportYear.safeParse(parsed.values.year);
  const format = (parsed.values.format ?? "json") as ExportFormat;
  if (!org || !year.success || !EXPORT_FORMAT_CODES.includes(format) || (rollup && version !== undefined)) {
    console.error(USAGE);
    return 2;
  }
  const summed = rollup ? await buildRollup(org, year.data) : null;
  const doc = summed ? rollupDocument(summed) : rollup ? `未找到机构：${org}` : await load(org, year.data, version);
  if (typeof doc === "string") {
    console.error(doc);
    return 1;
  }
  // A roll-up's JSON also says which bodies' figures are published and which computed from their records.
  const file = summed && format === "json" ? rollupJson(summed) : await writeExport(doc, format);
  const binary = typeof file !== "string";
  const target = out ?? (binary ? exportFileName(doc, format) : undefined);
  if (target) {
    fs.writeFileSync(target, file);
    if (!out) console.error(`已写入 ${target}`);
  } else {
    // Wait for the write: process.exit would cut a piped stdout short.
    await new Promise((resolve) => process.stdout.write(file, resolve));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error("生成报告失败：", error);
    process.exit(1);
  },
);
