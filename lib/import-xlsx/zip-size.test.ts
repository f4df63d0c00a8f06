import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { itemSchema } from "@/lib/items/schema";
import { itemColumns } from "./columns";
import { readImportFile } from "./read";
import { writeTemplate } from "./template";
import { unzippedSize } from "./zip-size";

/** A ZIP archive of the entries, stating `statedSize` as every entry's unpacked size when given (a bomb lies). */
function zipOf(entries: { name: string; data: Buffer; deflate: boolean }[], statedSize?: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const content = entry.deflate ? zlib.deflateRawSync(entry.data) : entry.data;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(statedSize ?? entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(statedSize ?? entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, content);
    centrals.push(central, name);
    offset += 30 + name.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MB = 1024 * 1024;

describe("unzippedSize", () => {
  it("adds up what every entry really unpacks to, stored or deflated", () => {
    const zip = zipOf([
      { name: "a.txt", data: Buffer.from("hello"), deflate: false },
      { name: "xl/b.xml", data: Buffer.alloc(1000, "x"), deflate: true },
    ]);
    expect(unzippedSize(zip, 50 * MB)).toBe(1005);
  });

  it("finds a bomb by unpacking, whatever sizes the archive states", () => {
    const bomb = zipOf([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(60 * MB), deflate: true }], 100);
    expect(bomb.length).toBeLessThan(100 * 1024); // 60 MB of zeros packs into ~60 KB
    expect(unzippedSize(bomb, 50 * MB)).toBe(Infinity);
    expect(unzippedSize(bomb, 61 * MB)).toBe(60 * MB);
  });

  it("leaves what is not a ZIP archive to exceljs", () => {
    expect(unzippedSize(Buffer.from("这不是 Excel 文件"), 50 * MB)).toBeNull();
  });

  it("measures our own template (an .xlsx is a ZIP archive)", async () => {
    const template = Buffer.from(await writeTemplate("items", itemColumns({})));
    const size = unzippedSize(template, 50 * MB)!;
    expect(size).toBeGreaterThan(template.length);
    expect(size).toBeLessThan(MB);
  });
});

describe("reading an upload that unpacks to too much", () => {
  it("is refused with a Chinese message before exceljs unpacks it", async () => {
    const bomb = zipOf([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(60 * MB), deflate: true }], 100);
    const read = readImportFile(new Uint8Array(bomb), "items", itemColumns({}), itemSchema);
    await expect(read).rejects.toThrow(DomainError);
    await expect(read).rejects.toThrow("文件解压后超过 50 MB");
  });
});
