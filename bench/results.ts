import type { Summary } from "./stats";

/** One line of the benchmark table; numbers are milliseconds, requests/second or bytes as named. */
export type Measurement = {
  section: "catalogue" | "search" | "report" | "import" | "memory" | "platform";
  label: string;
  latency?: Summary; // one request at a time / one call at a time
  loaded?: { latency: Summary; requestsPerSecond: number; connections: number; failures: number };
  totalSeconds?: number;
  peakRssBytes?: number;
  /** Server CPU time per request, measured while requests are sent one at a time. */
  cpuMsPerRequest?: number;
  reference?: {
    label: string;
    latency?: Summary;
    requestsPerSecond?: number;
    cpuMsPerRequest?: number;
    totalSeconds?: number;
    peakRssBytes?: number;
  };
  /** app ÷ reference: time ratio for latencies, throughput ratio (app/ref) for requests per second. */
  ratio?: number;
  target?: string;
  met?: boolean;
  note?: string;
};

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "" : value < 10 ? value.toFixed(2) : value.toFixed(1));
const int = (value: number | undefined) => (value === undefined ? "" : Math.round(value).toLocaleString("en-US"));
export const mb = (bytes: number | undefined) => (bytes === undefined ? "" : `${Math.round(bytes / 1048576)} MB`);

function referenceText(m: Measurement): string {
  const r = m.reference;
  if (!r) return "";
  const parts = [r.label];
  if (r.requestsPerSecond !== undefined) parts.push(`${int(r.requestsPerSecond)} req/s`);
  if (r.cpuMsPerRequest !== undefined) parts.push(`${ms(r.cpuMsPerRequest)} cpu ms/req`);
  // An HTTP reference is compared by throughput; an in-process one (a report) by its latency.
  if (r.latency && r.requestsPerSecond === undefined) parts.push(`med ${ms(r.latency.median)} p95 ${ms(r.latency.p95)} ms`);
  if (r.totalSeconds !== undefined) parts.push(`${r.totalSeconds.toFixed(1)} s`);
  if (r.peakRssBytes !== undefined) parts.push(mb(r.peakRssBytes));
  return parts.join(" ");
}

export const TABLE_HEADER = ["measure", "median ms", "p95 ms", "p95 ms @load", "req/s", "cpu ms/req", "total", "reference", "ratio", "target", "ok"];

export function tableRows(measurements: Measurement[]): string[][] {
  return measurements.map((m) => {
    const total = m.totalSeconds !== undefined ? `${m.totalSeconds.toFixed(1)} s` : m.peakRssBytes !== undefined ? mb(m.peakRssBytes) : "";
    return [
      m.label,
      ms(m.latency?.median),
      ms(m.latency?.p95),
      ms(m.loaded?.latency.p95),
      int(m.loaded?.requestsPerSecond),
      ms(m.cpuMsPerRequest),
      total,
      referenceText(m),
      m.ratio === undefined ? "" : `${m.ratio.toFixed(2)}×`,
      m.target ?? "",
      m.met === undefined ? "" : m.met ? "yes" : "NO",
    ];
  });
}

/** Display width in a terminal: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) => cells.map((c, i) => c + " ".repeat(widths[i] - width(c))).join(" | ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n");
}

/** The same table as Markdown, for docs/PERFORMANCE.md. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
