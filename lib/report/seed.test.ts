import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importInterchange, loadKnownCodes, validateInterchange } from "@/lib/interchange/import";
import { buildReport } from "./build";
import { loadDraft } from "./document";
import { plainText } from "./text";

// The seed township's real 2020 records must give back its published 2020 report, cell for cell
// (prisma/seed-data/xiaotao-2020.expected.json is the shared fixture's expected report, copied into the project).
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma/seed-data", name), "utf8"));

beforeAll(async () => {
  const result = validateInterchange(read("xiaotao-2020.json"), await loadKnownCodes());
  if (!result.ok) throw new Error(result.errors.join("\n"));
  await importInterchange(result.file, { dryRun: false });
});

describe("the seed township's 2020 report", () => {
  it("reproduces the expected report exactly (tables and summary)", async () => {
    const { checks, ...report } = (await buildReport("xiaotao", 2020))!;
    expect(report).toEqual(read("xiaotao-2020.expected.json"));
    for (const check of checks) expect(check.ok, `${check.code}: ${check.detail}`).toBe(true);
  });

  it("drafts part 一（一） with the seed report's figures", async () => {
    const text = plainText((await loadDraft({ code: "xiaotao" }, 2020))!.parts.proactive);
    // The seed report: "共制作信息16条，其中主动公开信息数16条，占比100%；公开信息中，机构职能类信息3条，占比18.75%；…
    // 历年累计主动公开信息数378条。"
    for (const passage of [
      "共制作信息16条，其中主动公开信息数16条，占比100%",
      "机构职能类信息3条，占比18.75%",
      "政策、规范性文件类信息1条，占比6.25%",
      "规划计划类信息1条，占比6.25%",
      "为民办实事类信息3条，占比18.75%",
      "民政扶贫救灾社会保障就业类信息2条，占比12.5%",
      "国土资源城乡建设环保能源类信息2条，占比12.5%",
      "科教文体卫生类信息2条，占比12.5%",
      "安全生产、应急管理类信息2条，占比12.5%",
      "依申请公开数为0，不予公开信息数为0",
      "历年累计主动公开信息数378条",
    ]) {
      expect(text).toContain(passage);
    }
  });
});
