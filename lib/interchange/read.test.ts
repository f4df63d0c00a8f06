import { describe, expect, it } from "vitest";
import { readTopLevel, type TopLevelEntry } from "./read";

async function* chunked(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function entries(text: string, size = 1e9): Promise<TopLevelEntry[]> {
  const out: TopLevelEntry[] = [];
  for await (const entry of readTopLevel(chunked(text, size))) out.push(entry);
  return out;
}

const FILE = `{
  "version": 1,
  "organizations": [ { "code": "xiaotao", "name": "永安市小陶镇人民政府", "indexPrefix": "003680183" } ],
  "categories": [],
  "items": [
    {"org":"xiaotao","title":"含\\"引号\\"、反斜杠\\\\和括号 ] } [ {","channels":["website","archive"]},
    {"org":"xiaotao","title":"第二条","docNo":null,"n":-1.5e3,"ok":true}
  ],
  "note": {"nested": [1, {"a": "]"}]},
  "extra": "尾\\\\"
}`;

const EXPECTED: TopLevelEntry[] = [
  { kind: "value", key: "version", value: 1 },
  { kind: "array", key: "organizations" },
  { kind: "element", key: "organizations", index: 0, value: { code: "xiaotao", name: "永安市小陶镇人民政府", indexPrefix: "003680183" } },
  { kind: "array", key: "categories" },
  { kind: "array", key: "items" },
  { kind: "element", key: "items", index: 0, value: { org: "xiaotao", title: '含"引号"、反斜杠\\和括号 ] } [ {', channels: ["website", "archive"] } },
  { kind: "element", key: "items", index: 1, value: { org: "xiaotao", title: "第二条", docNo: null, n: -1500, ok: true } },
  { kind: "value", key: "note", value: { nested: [1, { a: "]" }] } },
  { kind: "value", key: "extra", value: "尾\\" },
];

describe("readTopLevel", () => {
  it("yields each array element and every other value, exactly as JSON.parse reads them", async () => {
    expect(await entries(FILE)).toEqual(EXPECTED);
  });

  it("gives the same entries whatever the chunk boundaries (1 to 17 characters)", async () => {
    for (let size = 1; size <= 17; size++) expect(await entries(FILE, size)).toEqual(EXPECTED);
  });

  it("reads an empty object", async () => {
    expect(await entries(" {} \n")).toEqual([]);
  });

  it("rejects what is not one JSON object, naming the position", async () => {
    await expect(entries("[1, 2]")).rejects.toThrow("JSON 格式错误（第 1 个字符处）：文件应为一个 JSON 对象");
    await expect(entries('{"items": [1 2]}')).rejects.toThrow(/数组元素之间应为逗号/);
    await expect(entries('{"items": [1, 2]} x')).rejects.toThrow(/对象结束后还有内容/);
    await expect(entries('{"items": [{"a": 1}')).rejects.toThrow(/文件不完整/);
    await expect(entries('{"items": [{"a": tru}]}')).rejects.toThrow(SyntaxError);
  });
});
