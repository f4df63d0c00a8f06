import fs from "node:fs";
import path from "node:path";
import { itemCells, makeOrgs, scaledSize, syntheticItem } from "./generate";
import { CATEGORIES } from "./phrases";
import { seededRandom } from "./random";

/**
 * Writes an interchange file (docs/interchange.md, version 1) of `total` items of a synthetic province's
 * organisations, one item per line, without ever holding more than a chunk of it in memory.
 */
export function writeInterchangeFile(file: string, total: number, seed = 7): { bytes: number; organizations: number } {
  const random = seededRandom(seed);
  const orgs = makeOrgs(scaledSize(total).organizations, random);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const fd = fs.openSync(file, "w");
  try {
    const json = (value: unknown) => JSON.stringify(value);
    fs.writeSync(fd, `{"version":1,\n"organizations":[\n`);
    fs.writeSync(fd, orgs.map((o) => json({ code: o.code, name: o.name, indexPrefix: o.indexPrefix })).join(",\n"));
    fs.writeSync(fd, `],\n"categories":[\n${CATEGORIES.map(json).join(",\n")}],\n"items":[\n`);
    const { cells, counts } = itemCells(orgs, total);
    let chunk: string[] = [];
    let written = 0;
    cells.forEach(({ org, year }, cell) => {
      for (let serial = 1; serial <= counts[cell]; serial++) {
        const item = syntheticItem(org, year, serial, random);
        chunk.push(
          json({
            org: org.code,
            indexNo: item.indexNo,
            title: item.title,
            docNo: item.docNo,
            category: CATEGORIES[item.category].code,
            genre: item.genre,
            disclosure: item.disclosure,
            createdOn: item.createdOn,
            publishedOn: item.publishedOn,
            abolishedOn: item.abolishedOn,
            channels: item.channels,
          }),
        );
        if (chunk.length === 10_000) {
          fs.writeSync(fd, (written ? ",\n" : "") + chunk.join(",\n"));
          written += chunk.length;
          chunk = [];
        }
      }
    });
    if (chunk.length) fs.writeSync(fd, (written ? ",\n" : "") + chunk.join(",\n"));
    fs.writeSync(fd, `\n]}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return { bytes: fs.statSync(file).size, organizations: orgs.length };
}
