import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateBenchDatabase, PRESETS, scaledSize, type BenchSize, type PresetName } from "@/bench/generate";
import { startServer, type Server } from "@/bench/http";
import { startNginx } from "@/bench/nginx";
import { holdsGeneration, loadIntoPostgres, postgresSearchPlans, type PostgresLoad } from "@/bench/postgres";
import { formatTable, markdownTable, tableRows, TABLE_HEADER, type Measurement } from "@/bench/results";

// npm run bench -- [--preset city|province] [--items N] [--orgs N] [--out bench-results/….json] [--reuse]
//                  [--only catalogue,platform,search,report,import] [--import-items N] [--port 3105]
//                  [--database postgresql://… [--instances N]] [--prepare]
// Builds a synthetic province database, measures the catalogue, search, reports, import and server memory,
// prints the table and writes it as JSON (see docs/PERFORMANCE.md). With --database the generated database is
// copied into that PostgreSQL database (emptied first) and the app, search and reports run on it; with --instances
// the catalogue is measured again through nginx in front of N app instances (docs/DEPLOYMENT.md §2).

const SECTIONS = ["catalogue", "platform", "search", "report", "import"] as const;
const REPORT_YEAR = 2024;

const { values } = parseArgs({
  options: {
    preset: { type: "string", default: "province" },
    items: { type: "string" },
    orgs: { type: "string" },
    out: { type: "string" },
    reuse: { type: "boolean", default: false },
    only: { type: "string" },
    "import-items": { type: "string", default: "1000000" },
    port: { type: "string", default: "3105" },
    connections: { type: "string", default: "10" },
    duration: { type: "string" },
    seed: { type: "string", default: "20251231" },
    database: { type: "string" },
    instances: { type: "string" },
    prepare: { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function main() {
  const preset = values.preset as PresetName;
  if (!(preset in PRESETS)) fail(`--preset 只能是 ${Object.keys(PRESETS).join(" | ")}`);
  const items = values.items ? Number(values.items) : undefined;
  if (items !== undefined && !(Number.isInteger(items) && items > 0)) fail("--items 应为正整数");
  const orgs = values.orgs ? Number(values.orgs) : undefined;
  if (orgs !== undefined && !(Number.isInteger(orgs) && orgs > 0)) fail("--orgs 应为正整数");
  // --orgs: the province's 3,000 bodies (its tree, the console's scale) with fewer items than the province's 5 M.
  const size: BenchSize = { ...(items ? scaledSize(items) : PRESETS[preset]), ...(orgs ? { organizations: orgs } : {}) };
  const only = values.only ? values.only.split(",") : [...SECTIONS];
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) fail(`--only 未知部分：${unknown.join(", ")}（可选：${SECTIONS.join(",")}）`);
  const seed = Number(values.seed);
  const { databaseProvider } = await import("@/lib/db-url");
  const postgres = values.database;
  if (postgres !== undefined && databaseProvider(postgres) !== "postgresql") fail("--database 应为 postgresql://… 连接串");
  const instances = values.instances === undefined ? 0 : Number(values.instances);
  // The instances listen on --port, --port + 1 …, below the bare server's --port + 10; nginx on --port + 20.
  if (values.instances !== undefined && !(Number.isInteger(instances) && instances >= 1 && instances <= 9)) fail("--instances 应为 1 到 9 的整数");
  if (instances && !postgres) fail("--instances 只能与 --database postgresql://… 一起使用（多个实例共用一个数据库）");
  if (instances && !only.includes("catalogue")) fail("--instances 只用于 catalogue 部分");
  const name = `${items ? `${preset}-${items}` : preset}${orgs ? `-${orgs}orgs` : ""}`;
  const database = path.resolve(`data/bench-${name}.db`);
  const out = values.out ?? `bench-results/${name}-${new Date().toISOString().slice(0, 10)}.json`;
  const big = size.items >= 1_000_000;
  const http = { requests: big ? 300 : 200, connections: Number(values.connections), seconds: Number(values.duration ?? (big ? 15 : 8)) };
  const startedAll = performance.now();

  // 1. The database: generated fresh unless --reuse finds one made with the same size and seed.
  const metaFile = `${database}.json`;
  const meta = JSON.stringify({ size, seed });
  let generation: { seconds: number; rows: Record<string, number> } | null = null;
  if (values.reuse) {
    // Refused rather than generated: a generation can take an hour, and with --database it then replaces the copy.
    if (!fs.existsSync(database) || !fs.existsSync(metaFile) || fs.readFileSync(metaFile, "utf8") !== meta) {
      throw new Error(`--reuse: ${path.relative(process.cwd(), database)} is missing or was generated with another size or seed; run without --reuse to generate it`);
    }
    log(`reusing ${path.relative(process.cwd(), database)}`);
  } else {
    log(`generating ${path.relative(process.cwd(), database)}: ${JSON.stringify(size)}…`);
    generation = generateBenchDatabase(database, size, { seed, log });
    fs.writeFileSync(metaFile, meta);
    log(`generated in ${generation.seconds.toFixed(1)} s`);
  }
  // Later migrations (new indexes) apply to a reused database too.
  const { migrateDatabase, migrateSqlite } = await import("@/lib/db-migrate");
  migrateSqlite(`file:${database}`);
  let postgresLoad: PostgresLoad | null = null;
  if (postgres) {
    // The same rows in PostgreSQL: copied again unless --reuse finds this generation there (then only migrated).
    if (values.reuse && generation === null && (await holdsGeneration(postgres, meta))) {
      log("reusing the PostgreSQL copy");
      await migrateDatabase(postgres);
    } else {
      log("copying into PostgreSQL…");
      postgresLoad = await loadIntoPostgres(database, postgres, meta, log);
      log(`copied in ${postgresLoad.seconds.toFixed(1)} s`);
    }
  }

  // --prepare: only the data (generated or reused, copied into PostgreSQL), so that a long generation can run at low
  // priority and the measurements later with --reuse, under the machine's lock.
  if (values.prepare) {
    log(`prepared in ${((performance.now() - startedAll) / 1000).toFixed(0)} s; measure with --reuse`);
    return;
  }

  // The in-process measurements (buildReport, search) use the app's Prisma client on the bench database;
  // lib/env reads DATABASE_URL when lib/db is first imported, so those modules are imported after this.
  const appDatabase = postgres ?? `file:${database}`;
  process.env.DATABASE_URL = appDatabase;
  const measurements: Measurement[] = [];

  if (only.includes("catalogue") || only.includes("platform")) {
    if (!fs.existsSync(".next/BUILD_ID")) {
      log("no production build yet: next build…");
      execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: ["ignore", process.stderr, process.stderr] });
    }
    const port = Number(values.port);
    // The platform section signs in with a session cookie it mints with this secret.
    const secret = process.env.NEXTAUTH_SECRET ?? "gongkai-bench-secret-not-for-production";
    // Started as docs/DEPLOYMENT.md deploys it: its gongkai.env caps V8's old generation (NODE_OPTIONS).
    const env = {
      DATABASE_URL: appDatabase,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: secret,
      NODE_OPTIONS: process.env.NODE_OPTIONS ?? "--max-old-space-size=256",
    };
    // The production server (server.ts: Next behind the public-page cache), bundled and started as `npm start` does.
    execFileSync("npm", ["run", "build:server", "--silent"], { stdio: ["ignore", process.stderr, process.stderr] });
    const startApp = (p: number) =>
      startServer(p === port ? "app server" : `app instance on ${p}`, process.execPath, [".next/gongkai-server.js", "-p", String(p)], {
        port: p,
        env,
        readyPath: "/",
      });
    const app = await startApp(port);
    try {
      if (only.includes("catalogue")) {
        const { measureCatalogue } = await import("@/bench/measure-catalogue");
        // The bare reference server reads the SQLite file even when the app runs on PostgreSQL (same rows).
        const reference = await startServer("bare node", process.execPath, ["--import", "tsx", "scripts/bench-reference-server.ts", String(port + 10)], {
          port: port + 10,
          env: { ...env, DATABASE_URL: `file:${database}` },
          readyPath: "/",
        });
        // --instances: the app and N − 1 more instances of it behind nginx, as docs/DEPLOYMENT.md §2 deploys them.
        const more: Server[] = [];
        let nginx: Server | undefined;
        try {
          for (let i = 1; i < instances; i++) more.push(await startApp(port + i));
          if (instances) nginx = await startNginx(port + 20, [port, ...more.map((s) => s.port)]);
          const proxied = nginx && { nginx, instances: [app, ...more] };
          measurements.push(...(await measureCatalogue(database, app, reference, { ...http, year: REPORT_YEAR }, log, proxied)));
        } finally {
          await Promise.all([reference, nginx, ...more].map((s) => s?.stop()));
        }
      }
      if (only.includes("platform")) {
        const { measurePlatform } = await import("@/bench/measure-platform");
        measurements.push(...(await measurePlatform(app, { requests: http.requests / 2, secret }, log)));
      }
    } finally {
      await app.stop();
    }
  }
  if (only.includes("search")) {
    const { measureSearch } = await import("@/bench/measure-search");
    measurements.push(...(await measureSearch(big ? 60 : 30, size.items)));
  }
  if (only.includes("report")) {
    const { measureReports } = await import("@/bench/measure-report");
    const { postgresYardstick, sqliteYardstick } = await import("@/bench/report");
    const yardstick = postgres ? await postgresYardstick(postgres) : sqliteYardstick(database);
    measurements.push(...(await measureReports(yardstick, REPORT_YEAR, 20, log)));
  }
  // The import goes into an empty database of its own beside the bench's (data/bench-import.db, or <name>_import).
  if (only.includes("import")) {
    const { measureImport } = await import("@/bench/measure-import");
    measurements.push(...(await measureImport(Number(values["import-items"]), log, appDatabase)));
  }

  const { queryPlans } = await import("@/bench/plans");
  const plans = queryPlans(database, REPORT_YEAR);
  if (postgres) Object.assign(plans, await postgresSearchPlans(postgres));

  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
  };
  const result = {
    date: new Date().toISOString(),
    machine,
    preset: name,
    size,
    seed,
    generation,
    database: postgres ? { provider: "postgresql", load: postgresLoad } : { provider: "sqlite" },
    http: { ...http, note: "autocannon runs in the benchmark process on the same machine as the servers" },
    totalSeconds: (performance.now() - startedAll) / 1000,
    measurements,
    plans,
  };
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
  const planText = Object.entries(plans).map(([name, lines]) => `${name}:\n${lines.map((l) => `  ${l}`).join("\n")}`);
  fs.writeFileSync(
    out.replace(/\.json$/, "") + ".md",
    `${markdownTable(TABLE_HEADER, tableRows(measurements))}\n\nEXPLAIN QUERY PLAN:\n\n\`\`\`\n${planText.join("\n")}\n\`\`\`\n`,
  );

  const rows = tableRows(measurements);
  console.log(
    `\n${name}${postgres ? " on PostgreSQL" : ""}: ${size.organizations.toLocaleString("en-US")} orgs, ${size.items.toLocaleString("en-US")} items, ` +
      `${size.requests.toLocaleString("en-US")} requests, ${size.appeals.toLocaleString("en-US")} appeals — ` +
      `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );
  console.log(`load: ${http.connections} connections × ${http.seconds} s; latency: ${http.requests} sequential requests\n`);
  console.log(formatTable(TABLE_HEADER, rows));
  const notes = measurements.filter((m) => m.note).map((m) => `  ${m.label}: ${m.note}`);
  if (notes.length) console.log(`\nnotes:\n${notes.join("\n")}`);
  console.log(`\nwritten: ${out} (${result.totalSeconds.toFixed(0)} s in all)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
