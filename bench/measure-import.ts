import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrateSqlite } from "@/lib/db-migrate";
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

/** (4) Import of an interchange file of `items` items into an empty database, then the same file again. */
export async function measureImport(items: number, log: (message: string) => void): Promise<Measurement[]> {
  const file = path.resolve(`bench-results/interchange-${items}.json`);
  if (!fs.existsSync(file)) {
    log(`writing ${path.relative(process.cwd(), file)}…`);
    writeInterchangeFile(file, items);
  }
  const size = `${Math.round(fs.statSync(file).size / 1048576)} MB file`;
  const database = path.resolve("data/bench-import.db");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(database + suffix, { force: true });
  migrateSqlite(`file:${database}`);
  const target = items === 1_000_000 ? "< 60 s, flat memory" : `< ${((60 * items) / 1_000_000).toFixed(0)} s (60 s per 1M), flat memory`;
  const budget = (60 * items) / 1_000_000;
  const results: Measurement[] = [];
  for (const [label, expect] of [
    [`import ${items.toLocaleString("en-US")} items, empty db (${size})`, `新增 ${items} created`],
    [`re-import same file (all unchanged)`, `未变 ${items} unchanged`],
  ] as const) {
    log(`${label}…`);
    const run = await runImport(file, `file:${database}`);
    const counted = run.output.includes(expect);
    results.push({
      section: "import",
      label,
      totalSeconds: run.seconds,
      peakRssBytes: run.peak,
      target,
      met: counted && run.seconds < budget,
      note:
        `${counted ? "" : `UNEXPECTED COUNTS: ${run.output.trim().split("\n").join(" / ")}; `}committed after ${run.committedSeconds.toFixed(1)} s, ` +
        `then the two-character pair index; peak RSS ${mb(run.peak)}; RSS by quarter ${quarters(run.samples)}`,
    });
  }
  return results;
}
