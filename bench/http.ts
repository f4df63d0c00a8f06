import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";
import { summarize, type Summary } from "./stats";

export type Server = { name: string; process: ChildProcess; port: number; stop(): Promise<void> };

/** Starts a server as its own process group and waits until `readyPath` answers 200. */
export async function startServer(
  name: string,
  command: string,
  args: string[],
  options: { port: number; env: Record<string, string>; readyPath: string; timeoutMs?: number },
): Promise<Server> {
  const child = spawn(command, args, {
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      // The group this function started (the server and any worker it forked), by its own id.
      process.kill(-child.pid!, "SIGTERM");
    });
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${options.port}${options.readyPath}`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not answer on port ${options.port}:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { name, process: child, port: options.port, stop };
}

/** One request at a time: the latency a single visitor sees. */
export async function sequentialLatency(url: string, requests: number, init?: RequestInit): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const response = await fetch(url, init);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export type LoadResult = { connections: number; seconds: number; requestsPerSecond: number; latency: Summary; failures: number };

/**
 * Concurrent load with autocannon. Its own summary has no 95th percentile, so every response time is
 * recorded and summarised here.
 */
export function load(url: string, connections: number, seconds: number, distinct?: (n: number) => string): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    let n = 0;
    // `distinct` gives every request a path of its own (a public-page cache miss each time).
    const requests = distinct ? [{ setupRequest: (request: { path: string }) => ({ ...request, path: distinct(n++) }) }] : undefined;
    const instance = autocannon({ url, connections, duration: seconds, timeout: 30, requests }, (error, result) => {
      if (error) return reject(error);
      resolve({
        connections,
        seconds: result.duration,
        requestsPerSecond: times.length / result.duration,
        latency: summarize(times),
        failures: result.errors + result.timeouts + result.non2xx,
      });
    });
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
}

/** The process and all its descendants (a server may fork workers). */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may contain spaces) start after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while being read
    }
  }
  const tree: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop()!;
    tree.push(current);
    queue.push(...(children.get(current) ?? []));
  }
  return tree;
}

/** Sums a number read from /proc/<pid>/… over a process tree; a process that has ended counts 0. */
function sumOverTree(pid: number, read: (pid: number) => number): number {
  return processTree(pid).reduce((total, p) => {
    try {
      return total + read(p);
    } catch {
      return total;
    }
  }, 0);
}

/** Resident memory (bytes) of a process and all its descendants. */
export function treeRss(pid: number): number {
  return sumOverTree(pid, (p) => Number(fs.readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/)?.[1] ?? 0) * 1024);
}

/**
 * CPU time (ms, user + system) a process tree has used. Unlike latency it hardly changes when other work shares
 * the machine, so it shows what a request costs even on a busy host.
 */
export function treeCpuMs(pid: number): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  return sumOverTree(pid, (p) => {
    const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond; // utime, stime
  });
}

/** Samples a process tree's RSS every `everyMs` until stopped; returns the peak and the samples. */
export function sampleRss(pid: number, everyMs = 200): { stop(): { peak: number; samples: number[] } } {
  const samples: number[] = [];
  const take = () => {
    const rss = treeRss(pid);
    if (rss > 0) samples.push(rss);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peak: Math.max(0, ...samples), samples };
    },
  };
}
