// Measures the public catalogue's queries on a large synthetic catalogue (keyset depth, trigram and short-word
// search, filters). Run: npx tsx --conditions=react-server scripts/bench-catalogue.ts [items=50000]
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import Database from "better-sqlite3";

const count = Number(process.argv[2] ?? 50_000);
const file = path.join(os.tmpdir(), `gongkai-bench-${process.pid}.db`);
process.env.DATABASE_URL = `file:${file}`;

const WORDS = ["农村", "低保", "资金", "发放", "宅基地", "审批", "管理", "安全生产", "检查", "应急", "预案", "公示", "名单", "救助", "补贴", "教育", "卫生", "项目", "建设", "规划"];

function seed(url: string) {
  const sqlite = new Database(url.replace(/^file:/, ""));
  let state = 42;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)];
  const text = (n: number) => Array.from({ length: n }, pick).join("");
  sqlite.exec(`INSERT INTO "Organization" (id, code, name, indexPrefix) VALUES ('org', 'bench', '测试机关', '000000001')`);
  for (let c = 0; c < 8; c++) sqlite.prepare(`INSERT INTO "Category" (id, code, name, sortOrder) VALUES (?, ?, ?, ?)`).run(`cat${c}`, `cat-${c}`, `分类${c}`, c);
  const insert = sqlite.prepare(`INSERT INTO "Item" (id, orgId, indexNo, title, categoryId, genre, disclosure, createdOn, publishedOn, body, status, updatedAt)
    VALUES (?, 'org', ?, ?, ?, ?, 'proactive', ?, ?, ?, 'published', CURRENT_TIMESTAMP)`);
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const day = new Date(Date.UTC(2010, 0, 1) + Math.floor(next() * 5800) * 86_400_000).toISOString().slice(0, 10);
      insert.run(`item${String(i).padStart(7, "0")}`, `000000001/${day.slice(0, 4)}-${String(i).padStart(5, "0")}`, `关于${text(4)}的通知`, `cat${i % 8}`, i % 10 === 0 ? "normative" : "other", day, day, text(60));
    }
  })();
  sqlite.close();
}

async function main() {
  const { migrateSqlite } = await import("@/lib/db-migrate");
  migrateSqlite(process.env.DATABASE_URL!);
  const started = performance.now();
  seed(process.env.DATABASE_URL!);
  console.log(`${count} items with search index written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const { listCatalogue } = await import("@/lib/items/queries");
  const { db } = await import("@/lib/db");
  const deep = await db.item.findMany({ orderBy: [{ publishedOn: "desc" }, { id: "desc" }], skip: Math.floor(count * 0.9), take: 1 });
  const after = { date: deep[0].publishedOn!, id: deep[0].id };

  const cases: [string, Parameters<typeof listCatalogue>[0]][] = [
    ["first page", {}],
    ["page at 90% depth (keyset)", { after }],
    ["category + year", { category: "cat-3", year: 2015 }],
    ["category, 90% depth", { category: "cat-3", after }],
    ["search 3+ chars (trigram)", { q: "宅基地审批" }],
    ["search 2 chars (LIKE)", { q: "低保" }],
    ["search 2 chars + genre", { q: "救助", genre: "normative" }],
    ["search, no match", { q: "不存在的词语" }],
  ];
  await listCatalogue({}); // warm-up: connection, prepared statements
  for (const [name, filter] of cases) {
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < 11; run++) {
      const t = performance.now();
      total = (await listCatalogue(filter)).total;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(30)} median ${times[5].toFixed(1).padStart(7)} ms   (${total} matches)`);
  }
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
