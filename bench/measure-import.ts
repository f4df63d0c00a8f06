import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "@/lib/db-migrate";
import { databaseProvider } from "@/lib/db-url";
import { sampleRss } from "./http";
import { writeInterchangeFile } from "./interchange-file";
import { mb, type Measurement } from "./results";

/** committedSeconds: when the CLI printed 导入完成 (the transaction committed; the pair index is indexed after it). */
type Run = { seconds: number; committedSeconds: number; peak: number; samples: number[]; output: string };

/** Runs `npm run import`'s script as its own process (so its memory is its own) and samples its RSS. */
function runImport(file: string, databaseUrl: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", file], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let committedSeconds = NaN;
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (Number.isNaN(committedSeconds) && output.includes("导入完成")) committedSeconds = (performance.now() - started) / 1000;
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const rss = sampleRss(child.pid!, 100);
    child.on("error", reject);
    child.on("exit", (code) => {
      const { peak, samples } = rss.stop();
      if (code !== 0) return reject(new Error(`import exited with ${code}:\n${output.slice(-3000)}`));
      resolve({ seconds: (performance.now() - started) / 1000, committedSeconds, peak, samples, output });
    });
  });
}

/** RSS at each quarter of the run: flat memory shows as four close figures. */
function quarters(samples: number[]): string {
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor((samples.length - 1) * q))];
  return [0.25, 0.5, 0.75, 1].map((q) => mb(at(q)).replace(" MB", "")).join("/") + " MB";
}

/**
 * An empty, migrated database beside the bench's own: data/bench-import.db for SQLite; for PostgreSQL a database
 * named after the bench's with "_import", on the same server, dropped and created again.
 */
async function emptyImportDatabase(benchDatabaseUrl: string): Promise<string> {
  if (databaseProvider(benchDatabaseUrl) !== "postgresql") {
    const file = path.resolve("data/bench-import.db");
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    await migrateDatabase(`file:${file}`);
    return `file:${file}`;
  }
  const url = new URL(benchDatabaseUrl);
  const name = `${decodeURIComponent(url.pathname.slice(1))}_import`.replaceAll('"', "");
  const client = new pg.Client({ connectionString: benchDatabaseUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    await client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
  url.pathname = `/${encodeURIComponent(name)}`;
  await migrateDatabase(url.toString());
  return url.toString();
}

/**
 * (4) Import of an interchange file of `items` items into an empty database, then the same file again; on the
 * database server of `benchDatabaseUrl` (SQLite or PostgreSQL).
 */
export async function measureImport(items: number, log: (message: string) => void, benchDatabaseUrl: string): Promise<Measurement[]> {
  const file = path.resolve(`bench-results/interchange-${items}.json`);
  if (!fs.existsSync(file)) {
    log(`writing ${path.relative(process.cwd(), file)}…`);
    writeInterchangeFile(file, items);
  }
  const size = `${Math.round(fs.statSync(file).size / 1048576)} MB file`;
  const database = await emptyImportDatabase(benchDatabaseUrl);
  const target = items === 1_000_000 ? "< 60 s, flat memory" : `< ${((60 * items) / 1_000_000).toFixed(0)} s (60 s per 1M), flat memory`;
  const budget = (60 * items) / 1_000_000;
  const results: Measurement[] = [];
  for (const [label, expect] of [
    [`import ${items.toLocaleString("en-US")} items, empty db (${size})`, `新增 ${items} created`],
    [`re-import same file (all unchanged)`, `未变 ${items} unchanged`],
  ] as const) {
    log(`${label}…`);
    const run = await runImport(file, database);
    const counted = run.output.includes(expect);
    results.push({
      section: "import",
      label,
      totalSeconds: run.seconds,
      peakRssBytes: run.peak,
      target,
      met: counted && run.seconds < budget,
      note:
        `${counted ? "" : `UNEXPECTED COUNTS: ${run.output.trim().split("\n").join(" / ")}; `}${databaseProvider(database)}; ` +
        `committed after ${run.committedSeconds.toFixed(1)} s; peak RSS ${mb(run.peak)}; RSS by quarter ${quarters(run.samples)}`,
    });
  }
  return results;
}
