import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importInterchangeFile } from "./import";

// Each test file has a database of its own; the tests below build on each other's organisations.
function writeFile(organizations: unknown[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-tree-")), "tree.json");
  fs.writeFileSync(file, JSON.stringify({ version: 1, organizations }));
  return file;
}

const tree = async () =>
  Object.fromEntries(
    (await db.organization.findMany({ select: { code: true, kind: true, parent: { select: { code: true } } } })).map((o) => [
      o.code,
      `${o.kind} < ${o.parent?.code ?? "-"}`,
    ]),
  );

describe("organisations in a tree (interchange `parent` and `kind`)", () => {
  it("sets parents given after their children, and kinds; a body without them is a department at the root", async () => {
    const result = await importInterchangeFile(
      writeFile([
        { code: "xiaotao", name: "永安市小陶镇人民政府", indexPrefix: "003680183", parent: "yongan", kind: "township" },
        { code: "yongan-sfj", name: "永安市司法局", indexPrefix: "003680047", parent: "yongan" },
        { code: "yongan", name: "永安市人民政府", indexPrefix: "003680000", kind: "county_government" },
        { code: "loose", name: "某单位", indexPrefix: "1" },
      ]),
      { dryRun: false },
    );
    expect(result.ok).toBe(true);
    expect(await tree()).toEqual({
      xiaotao: "township < yongan",
      "yongan-sfj": "department < yongan",
      yongan: "county_government < -",
      loose: "department < -",
    });
  });

  it("leaves parent and kind alone when the file does not give them, and null makes a root", async () => {
    const result = await importInterchangeFile(
      writeFile([
        { code: "xiaotao", name: "永安市小陶镇人民政府", indexPrefix: "003680183" },
        { code: "yongan-sfj", name: "永安市司法局", indexPrefix: "003680047", parent: null },
      ]),
      { dryRun: false },
    );
    expect(result.ok).toBe(true);
    expect(await tree()).toMatchObject({ xiaotao: "township < yongan", "yongan-sfj": "department < -" });
  });

  it("refuses an unknown parent, and an unknown kind, with its path, writing nothing", async () => {
    const before = await tree();
    const parent = await importInterchangeFile(writeFile([{ code: "new-body", name: "新机构", indexPrefix: "2", parent: "nowhere" }]), {
      dryRun: false,
    });
    expect(parent).toEqual({ ok: false, errors: ['organizations[0].parent: 未知上级机构 unknown organization "nowhere"'] });
    const kind = await importInterchangeFile(writeFile([{ code: "other", name: "另一机构", indexPrefix: "3", kind: "ministry" }]), {
      dryRun: false,
    });
    expect(kind.ok === false && kind.errors.map((e) => e.split(":")[0])).toEqual(["organizations[0].kind"]);
    expect(await tree()).toEqual(before);
  });

  it("refuses parents that form a cycle, writing nothing", async () => {
    const before = await tree();
    const result = await importInterchangeFile(
      writeFile([
        { code: "yongan", name: "永安市人民政府", indexPrefix: "003680000", parent: "xiaotao" },
        { code: "new-body", name: "新机构", indexPrefix: "2" },
      ]),
      { dryRun: false },
    );
    expect(result).toEqual({ ok: false, errors: ["organizations: 上级机构构成循环 circular parents: xiaotao → yongan"] });
    expect(await tree()).toEqual(before);
  });
});
