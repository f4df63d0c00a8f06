import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importInterchange, loadKnownCodes, validateInterchange } from "@/lib/interchange/import";
import { buildReport } from "./build";

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
});
