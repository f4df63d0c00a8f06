import { isDeepStrictEqual } from "node:util";
import { buildReport } from "@/lib/report/build";
import type { ReportYardstick } from "./report";
import type { Measurement } from "./results";
import { summarize, timeRuns, type Summary } from "./stats";

/**
 * Each run's wall milliseconds, and the process's CPU milliseconds per run (user + system of every thread over
 * all the runs, so a mean: garbage collection and the slow runs it causes included, unlike the median).
 */
async function timeWithCpu(runs: number, fn: () => unknown): Promise<{ latency: Summary; cpuMs: number }> {
  for (let i = 0; i < 2; i++) await fn(); // warm-up, as timeRuns does
  const before = process.cpuUsage();
  const samples = await timeRuns(runs, fn, 0);
  const used = process.cpuUsage(before);
  return { latency: summarize(samples), cpuMs: (used.user + used.system) / 1000 / runs };
}

/**
 * (3) One organisation-year report through buildReport (Prisma, as the app and `npm run report` compute it)
 * against the one-statement reference, for the largest organisation and a median one; then every
 * organisation's report for the year, one after another.
 */
export async function measureReports(
  yardstick: ReportYardstick,
  year: number,
  runs: number,
  log: (message: string) => void,
): Promise<Measurement[]> {
  try {
    const orgs = await yardstick.orgs();
    const results: Measurement[] = [];
    const picks: [string, (typeof orgs)[number]][] = [
      ["largest", orgs[0]],
      ["median", orgs[Math.floor(orgs.length / 2)]],
    ];
    for (const [which, org] of picks) {
      log(`report of the ${which} organisation (${org.items} items)…`);
      const same = isDeepStrictEqual(
        JSON.parse(JSON.stringify(await buildReport(org.code, year))),
        JSON.parse(JSON.stringify(await yardstick.report(org, year))),
      );
      const app = await timeWithCpu(runs, () => buildReport(org.code, year));
      const reference = await timeWithCpu(runs, () => yardstick.report(org, year));
      const ratio = app.latency.median / reference.latency.median;
      results.push({
        section: "report",
        label: `one report ${year}, ${which} org (${org.items.toLocaleString("en-US")} items)`,
        latency: app.latency,
        cpuMsPerRequest: app.cpuMs,
        reference: { label: "1 SQL", latency: reference.latency, cpuMsPerRequest: reference.cpuMs },
        ratio,
        target: "< 200 ms, ≤ 1.5× 1 SQL",
        met: same && app.latency.p95 < 200 && ratio <= 1.5,
        note: same ? undefined : "REPORTS DIFFER: buildReport and the reference disagree",
      });
    }

    log(`all ${orgs.length} organisations' reports for ${year}…`);
    const started = performance.now();
    for (const org of orgs) await buildReport(org.code, year);
    const totalSeconds = (performance.now() - started) / 1000;
    const referenceStarted = performance.now();
    for (const org of orgs) await yardstick.report(org, year);
    const referenceSeconds = (performance.now() - referenceStarted) / 1000;
    const budget = (60 * orgs.length) / 3000;
    results.push({
      section: "report",
      label: `all ${orgs.length.toLocaleString("en-US")} orgs' reports ${year}`,
      totalSeconds,
      reference: { label: "1 SQL each", totalSeconds: referenceSeconds },
      ratio: totalSeconds / referenceSeconds,
      target: orgs.length === 3000 ? "< 60 s" : `< ${budget.toFixed(1)} s (60 s per 3,000)`,
      met: totalSeconds < budget,
    });
    return results;
  } finally {
    await yardstick.close();
  }
}
