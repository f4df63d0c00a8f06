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

type Command = { command: string; args: string[]; env: NodeJS.ProcessEnv; file: string; timeoutMs?: number };

function start(options: Command) {
  const child = spawn(options.command, options.args, { env: options.env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let done = false;
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on("exit", (code, signal) => {
      done = true;
      resolve(signal ?? code);
    }),
  );
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  return {
    isDone: () => done,
    stderr: () => stderr,
    pastDeadline: () => Date.now() > deadline,
    async kill() {
      child.kill("SIGKILL");
      const how = await exited;
      if (how !== "SIGKILL") throw new Error(`expected death by SIGKILL, got ${String(how)}`);
    },
    exited,
  };
}

/**
 * Starts `command`, waits until its write transaction has been open for `writingMs`, then sends SIGKILL
 * (no handler, no cleanup: like a power cut for the process). Resolves once it is dead. Throws if the
 * process finished before it could be killed mid-write — the test would then prove nothing.
 */
export async function killDuringWrite(options: Command & { writingMs: number }) {
  const child = start(options);
  while (!child.isDone() && !writeInProgress(options.file)) {
    if (child.pastDeadline()) throw new Error("the write transaction never started");
    await sleep(20);
  }
  await sleep(options.writingMs);
  if (child.isDone() || !writeInProgress(options.file)) throw new Error("the command committed before it could be killed: make the job bigger");
  await child.kill();
}

/**
 * For a command that pauses itself at a chosen point of its write (a test-only hook in the command): starts it
 * and sends SIGKILL as soon as `paused()` is true, checking that its write transaction is open at that moment.
 * Resolves "killed", or the exit code if the command finished without pausing (the chosen point lies beyond its
 * last statement). Throws with the command's stderr if it failed.
 */
export async function killWhenPaused(options: Command & { paused: () => boolean }): Promise<"killed" | 0> {
  const child = start(options);
  while (!child.isDone() && !options.paused()) {
    if (child.pastDeadline()) throw new Error("the command neither paused nor finished");
    await sleep(10);
  }
  if (!child.isDone()) {
    if (!writeInProgress(options.file)) throw new Error("the command paused outside its write transaction");
    await child.kill();
    return "killed";
  }
  const code = await child.exited;
  if (code !== 0) throw new Error(`the command failed (${String(code)}): ${child.stderr()}`);
  return 0;
}
