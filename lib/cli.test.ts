import { describe, expect, it } from "vitest";
import { parseCommandLine } from "./cli";

const OPTIONS = { org: { type: "string" }, "dry-run": { type: "boolean" } } as const;

describe("parseCommandLine", () => {
  it("reads options and positional arguments", () => {
    const parsed = parseCommandLine(["file.json", "--org", "xiaotao", "--dry-run"], OPTIONS);
    expect(typeof parsed === "string" ? parsed : { values: parsed.values, positionals: parsed.positionals }).toEqual({
      values: { org: "xiaotao", "dry-run": true },
      positionals: ["file.json"],
    });
  });

  it("refuses an unknown option by name, in Chinese", () => {
    expect(parseCommandLine(["file.json", "--dryrun"], OPTIONS)).toBe("未知选项：--dryrun");
  });

  it("refuses an option without its value", () => {
    expect(parseCommandLine(["--org"], OPTIONS)).toBe("选项 --org 缺少取值或取值无效");
  });
});
