import { appSearch } from "./app-hooks";
import { SEARCH_TERMS } from "./phrases";
import type { Measurement } from "./results";
import { summarize, timeRuns } from "./stats";

/** (2) Full-text search latency for 2-, 3- and 4-character queries (terms that occur in the generated text). */
export async function measureSearch(runs: number, items: number): Promise<Measurement[]> {
  const target = items >= 5_000_000 ? "state figure at 5M" : "p95 < 100 ms at 1M items";
  const results: Measurement[] = [];
  for (const length of [2, 3, 4] as const) {
    const label = `search, ${length}-character queries (${SEARCH_TERMS[length].join(" ")})`;
    const terms = SEARCH_TERMS[length];
    const latency = summarize(await timeRuns(runs, (run) => appSearch(terms[run % terms.length])));
    results.push({ section: "search", label, latency, target, met: items >= 5_000_000 ? undefined : latency.p95 < 100 });
  }
  return results;
}
