import Database from "better-sqlite3";
import { appCataloguePath } from "./app-hooks";
import { cursorAtDepth, cursorParam, type CatalogueFilter } from "./catalogue";
import { load, sampleRss, sequentialLatency, treeCpuMs, type Server } from "./http";
import type { Measurement } from "./results";
import { summarize, type Summary } from "./stats";

export type HttpOptions = { requests: number; connections: number; seconds: number };

type Scenario = { label: string; referencePath: string; appPath: string };

export const CATALOGUE_TARGET = "p95 < 50 ms, ≥ 300 req/s, ≥ 0.5× bare";
export const MISS_TARGET = "≤ 8 ms CPU per request";
export const RSS_TARGET_BYTES = 400 * 1048576;

/** The pages measured: the home page's latest list, and the catalogue's first page, a deep page and a category + year filter. */
function scenarios(file: string, year: number): Scenario[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    const visible = sqlite
      .prepare(`SELECT COUNT(*) FROM "Item" WHERE "status" = 'published' AND "disclosure" = 'proactive'`)
      .pluck()
      .get() as number;
    // Half-way down the whole list: with OFFSET paging the slowest page a crawler reaches.
    const after = cursorAtDepth(sqlite, Math.floor(visible / 2));
    const category = sqlite.prepare(`SELECT "code" FROM "Category" ORDER BY "sortOrder" LIMIT 1 OFFSET 4`).pluck().get() as string;
    const filters: [string, CatalogueFilter, string][] = [
      ["catalogue first page", {}, "/catalogue"],
      [`catalogue deep page (item ${Math.floor(visible / 2).toLocaleString("en-US")})`, { after }, `/catalogue?after=${cursorParam(after)}`],
      [`catalogue category + year ${year}`, { category, year }, `/catalogue?category=${category}&year=${year}`],
    ];
    return [
      { label: "home page (latest 10)", referencePath: "/", appPath: "/" },
      ...filters.map(([label, filter, referencePath]) => ({ label, referencePath, appPath: appCataloguePath(filter) })),
    ];
  } finally {
    sqlite.close();
  }
}

/** Where the requests go, and the servers (each with its descendants) whose CPU time they cost; `proxy` is counted apart. */
type Target = { port: number; servers: Server[]; proxy?: Server };

const cpuMs = (servers: Server[]) => servers.reduce((total, server) => total + treeCpuMs(server.process.pid!), 0);

/**
 * A page as a hit (the same URL again and again: served from the public-page cache) or as a miss (`missPath` gives
 * every request a URL of its own — an extra query parameter `bench=<n>` the page ignores — so each is rendered by Next).
 */
async function measureUrl(target: Target, path: string, options: HttpOptions, missPath?: (n: number) => string) {
  const url = (p: string) => `http://127.0.0.1:${target.port}${p}`;
  let n = 0;
  const next = () => url(missPath ? missPath(n++) : path);
  for (let i = 0; i < 20; i++) await sequentialLatency(next(), 1); // warm-up: JIT, page cache, SQLite cache
  const proxies = target.proxy ? [target.proxy] : [];
  const cpuBefore = [cpuMs(target.servers), cpuMs(proxies)];
  const samples: Summary[] = [];
  const times: number[] = [];
  for (let i = 0; i < options.requests; i++) {
    const one = await sequentialLatency(next(), 1);
    samples.push(one);
    times.push(one.median);
  }
  const cpuMsPerRequest = (cpuMs(target.servers) - cpuBefore[0]) / options.requests;
  const proxyCpuMsPerRequest = (cpuMs(proxies) - cpuBefore[1]) / options.requests;
  const cached = (await fetch(next())).headers.get("x-cache");
  const loaded = await load(url(path), options.connections, options.seconds, missPath ? (i) => missPath(1_000_000 + n + i) : undefined);
  return { latency: summarize(times), loaded, cpuMsPerRequest, proxyCpuMsPerRequest, cached };
}

/** The app's row for a page, hit or miss, beside the bare server's figures for the same page. */
function catalogueRow(
  label: string,
  kind: "hit" | "miss",
  measured: Awaited<ReturnType<typeof measureUrl>>,
  reference: Measurement["reference"] & { requestsPerSecond: number },
  viaNginx: boolean,
): Measurement {
  const ratio = measured.loaded.requestsPerSecond / reference.requestsPerSecond;
  const served = measured.cached === kind ? "" : `X-Cache was ${measured.cached ?? "absent"}, not ${kind}`;
  const proxyCpu = viaNginx ? `cpu ms/req: the instances together; nginx's own ${measured.proxyCpuMsPerRequest.toFixed(2)}` : "";
  return {
    section: "catalogue",
    label,
    latency: measured.latency,
    loaded: {
      latency: measured.loaded.latency,
      requestsPerSecond: measured.loaded.requestsPerSecond,
      connections: measured.loaded.connections,
      failures: measured.loaded.failures,
    },
    cpuMsPerRequest: measured.cpuMsPerRequest,
    reference,
    ratio,
    target: kind === "hit" ? CATALOGUE_TARGET : MISS_TARGET,
    met:
      served === "" &&
      measured.loaded.failures === 0 &&
      (kind === "hit" ? measured.loaded.latency.p95 < 50 && measured.loaded.requestsPerSecond >= 300 && ratio >= 0.5 : measured.cpuMsPerRequest <= 8),
    note: [measured.loaded.failures ? `${measured.loaded.failures} failed responses` : "", served, proxyCpu].filter(Boolean).join("; ") || undefined,
  };
}

/**
 * (1) catalogue pages against the app and the bare reference server, and (5) the app server's RSS under that load;
 * with `proxied`, the same pages again through nginx in front of `instances` (the app among them).
 */
export async function measureCatalogue(
  file: string,
  app: Server,
  reference: Server,
  options: HttpOptions & { year: number },
  log: (message: string) => void,
  proxied?: { nginx: Server; instances: Server[] },
): Promise<Measurement[]> {
  const results: Measurement[] = [];
  const idleRss = sampleRss(app.process.pid!).stop().peak;
  const appRss = sampleRss(app.process.pid!);
  const referenceRss = sampleRss(reference.process.pid!);
  for (const scenario of scenarios(file, options.year)) {
    log(`${scenario.label}…`);
    const ref = await measureUrl({ port: reference.port, servers: [reference] }, scenario.referencePath, options);
    const referenceResult = {
      label: "bare node",
      latency: ref.latency,
      requestsPerSecond: ref.loaded.requestsPerSecond,
      cpuMsPerRequest: ref.cpuMsPerRequest,
    };
    const separator = scenario.appPath.includes("?") ? "&" : "?";
    const targets: [string, Target][] = [["", { port: app.port, servers: [app] }]];
    // The same pages through nginx; `bench=nginx<n>` keeps its misses apart from the single instance's.
    if (proxied) targets.push([`, via nginx, ${proxied.instances.length} instances`, { port: proxied.nginx.port, servers: proxied.instances, proxy: proxied.nginx }]);
    for (const [via, target] of targets) {
      for (const kind of ["hit", "miss"] as const) {
        const missPath = (n: number) => `${scenario.appPath}${separator}bench=${via ? "nginx" : ""}${n}`;
        const measured = await measureUrl(target, scenario.appPath, options, kind === "miss" ? missPath : undefined);
        results.push(catalogueRow(`${scenario.label}, cache ${kind}${via}`, kind, measured, referenceResult, target.proxy !== undefined));
      }
    }
  }
  const appPeak = appRss.stop().peak;
  results.push({
    section: "memory",
    label: "app server RSS under catalogue load",
    peakRssBytes: appPeak,
    reference: { label: "bare node", peakRssBytes: referenceRss.stop().peak },
    target: "< 400 MB",
    met: appPeak < RSS_TARGET_BYTES,
    note: `idle after warm-up start: ${Math.round(idleRss / 1048576)} MB`,
  });
  return results;
}
