import { spawn } from "node:child_process";
import Database from "better-sqlite3";

// Test support for crash-safety tests: runs a command against a SQLite file and kill -9s it while its write
// transaction is open. Reusable for any long write (import, publishing a report …).

/** True while some connection holds the database's write lock, i.e. a write transaction is open. */
export function writeInProgress(file: string): boolean {
  const probe = new Database(file, { timeout: 0 });
  try {
    probe.exec("BEGIN IMMEDIATE");
    probe.exec("ROLLBACK");
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
    throw error;
  } finally {
    probe.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `command`, waits until its write transaction has been open for `writingMs`, then sends SIGKILL
 * (no handler, no cleanup: like a power cut for the process). Resolves once it is dead. Throws if the
 * process finished before it could be killed mid-write — the test would then prove nothing.
 */
export async function killDuringWrite(options: { command: string; args: string[]; env: NodeJS.ProcessEnv; file: string; writingMs: number; timeoutMs?: number }) {
  const child = spawn(options.command, options.args, { env: options.env, stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code)));
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (!done && !writeInProgress(options.file)) {
    if (Date.now() > deadline) throw new Error("the write transaction never started");
    await sleep(20);
  }
  await sleep(options.writingMs);
  if (done || !writeInProgress(options.file)) throw new Error("the command committed before it could be killed: make the job bigger");
  child.kill("SIGKILL");
  const how = await exited;
  if (how !== "SIGKILL") throw new Error(`expected death by SIGKILL, got ${String(how)}`);
}
