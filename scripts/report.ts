import fs from "node:fs";
import { buildReport } from "@/lib/report/build";

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const org = option(args, "org");
  const year = Number(option(args, "year"));
  const format = option(args, "format") ?? "json";
  const out = option(args, "out");
  if (!org || !Number.isInteger(year) || year < 2008 || year > 2100) {
    console.error("用法：npm run report -- --org <机构代码> --year <YYYY> --format json [--out <path>]");
    return 2;
  }
  if (format !== "json") {
    console.error(`暂不支持的格式：${format}（可用：json）`);
    return 2;
  }
  const report = await buildReport(org, year);
  if (!report) {
    console.error(`未找到机构：${org}`);
    return 1;
  }
  const text = JSON.stringify(report, null, 2);
  if (out) fs.writeFileSync(out, text + "\n");
  else console.log(text);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error("生成报告失败：", error);
    process.exit(1);
  },
);
