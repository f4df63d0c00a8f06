import Database from "better-sqlite3";
import { appCataloguePath } from "./app-hooks";
import { cursorAtDepth, cursorParam, type CatalogueFilter } from "./catalogue";
import { load, sampleRss, sequentialLatency, treeCpuMs, type LoadResult, type Server } from "./http";
import type { Measurement } from "./results";
import type { Summary } from "./stats";

export type HttpOptions = { requests: number; connections: number; seconds: number };

type Scenario = { label: string; referencePath: string; appPath: string };

export const CATALOGUE_TARGET = "p95 < 50 ms, ≥ 300 req/s, ≥ 0.5× bare";
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

async function measureUrl(
  server: Server,
  path: string,
  options: HttpOptions,
): Promise<{ latency: Summary; loaded: LoadResult; cpuMsPerRequest: number }> {
  const url = `http://127.0.0.1:${server.port}${path}`;
  await sequentialLatency(url, 20); // warm-up: JIT, page cache, SQLite cache
  const cpuBefore = treeCpuMs(server.process.pid!);
  const latency = await sequentialLatency(url, options.requests);
  const cpuMsPerRequest = (treeCpuMs(server.process.pid!) - cpuBefore) / options.requests;
  const loaded = await load(url, options.connections, options.seconds);
  return { latency, loaded, cpuMsPerRequest };
}

/** (1) catalogue pages against the app and the bare reference server, and (5) the app server's RSS under that load. */
export async function measureCatalogue(
  file: string,
  app: Server,
  reference: Server,
  options: HttpOptions & { year: number },
  log: (message: string) => void,
): Promise<Measurement[]> {
  const results: Measurement[] = [];
  const idleRss = sampleRss(app.process.pid!).stop().peak;
  const appRss = sampleRss(app.process.pid!);
  const referenceRss = sampleRss(reference.process.pid!);
  for (const scenario of scenarios(file, options.year)) {
    log(`${scenario.label}…`);
    const ref = await measureUrl(reference, scenario.referencePath, options);
    const referenceResult = {
      label: "bare node",
      latency: ref.latency,
      requestsPerSecond: ref.loaded.requestsPerSecond,
      cpuMsPerRequest: ref.cpuMsPerRequest,
    };
    const measured = await measureUrl(app, scenario.appPath, options);
    const ratio = measured.loaded.requestsPerSecond / ref.loaded.requestsPerSecond;
    results.push({
      section: "catalogue",
      label: scenario.label,
      latency: measured.latency,
      loaded: {
        latency: measured.loaded.latency,
        requestsPerSecond: measured.loaded.requestsPerSecond,
        connections: measured.loaded.connections,
        failures: measured.loaded.failures,
      },
      cpuMsPerRequest: measured.cpuMsPerRequest,
      reference: referenceResult,
      ratio,
      target: CATALOGUE_TARGET,
      met: measured.loaded.latency.p95 < 50 && measured.loaded.requestsPerSecond >= 300 && ratio >= 0.5 && measured.loaded.failures === 0,
      note: measured.loaded.failures ? `${measured.loaded.failures} failed responses` : undefined,
    });
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
