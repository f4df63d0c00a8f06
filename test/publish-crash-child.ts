// Test support for publish-crash.test.ts, never imported by the app: publishes one annual report in its own
// process, so the test can kill -9 it in the middle. The pause is added here, around the real lib/report/publish.ts,
// not inside it: `db.$transaction` is wrapped so that after the N-th statement of the publishing transaction
// (PUBLISH_PAUSE_AFTER) the process writes PUBLISH_PAUSE_MARKER and waits for the kill with its write
// transaction open. `setup` prepares the database instead. Without PUBLISH_PAUSE_AFTER, or with N beyond the last statement, it publishes normally.
import fs from "node:fs";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { ownDraft } from "@/lib/report/admin";
import { publish } from "@/lib/report/publish";
import { reviewDraft } from "@/lib/report/review";
import { importTestRecords } from "./report-records";

const pauseAfter = Number(process.env.PUBLISH_PAUSE_AFTER ?? 0);
const marker = process.env.PUBLISH_PAUSE_MARKER ?? "";
const [userId, yearText, versionText] = process.argv.slice(2);

/** A transaction client whose every model call, once done, counts as a step and may pause the process. */
function pausing<T extends object>(tx: T): T {
  let steps = 0;
  const afterStep = async () => {
    if (++steps !== pauseAfter) return;
    fs.writeFileSync(marker, String(steps));
    // Until SIGKILL. A pending promise alone does not keep Node running: with nothing else scheduled the process
    // would exit, closing the connection and rolling the transaction back before the kill.
    setInterval(() => {}, 60_000);
    await new Promise(() => {});
  };
  const model = (delegate: object) =>
    new Proxy(delegate, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== "function") return value;
        return async (...args: unknown[]) => {
          const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          await afterStep();
          return result;
        };
      },
    });
  return new Proxy(tx, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      return typeof key === "string" && !key.startsWith("$") && value && typeof value === "object" ? model(value) : value;
    },
  });
}

/** `setup`: the test records and a supervisor of body "t"; prints the supervisor's id. */
async function setup() {
  await importTestRecords();
  const org = await db.organization.findUniqueOrThrow({ where: { code: "t" } });
  const user = await db.user.create({ data: { username: "sup-crash", name: "崩溃测试审核人", passwordHash: "x", role: "SUPERVISOR", orgId: org.id } });
  console.log(user.id);
}

async function main() {
  if (userId === "setup") return setup();
  if (pauseAfter > 0) {
    const transaction = db.$transaction.bind(db) as (run: (tx: object) => Promise<unknown>, options?: unknown) => Promise<unknown>;
    // Prisma rolls an interactive transaction back after 5 s: a loaded machine may take that long to see the
    // marker, and the kill must find the transaction still open.
    Object.assign(db, {
      $transaction: (run: (tx: object) => Promise<unknown>, options?: object) =>
        transaction((tx) => run(pausing(tx)), { ...options, timeout: 10 * 60_000 }),
    });
  }
  const row = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, username: true, name: true, orgId: true } });
  const user: SessionUser = { ...row, role: "SUPERVISOR" };
  const year = Number(yearText);
  // Every failing check overridden with a reason, as a supervisor would before publishing.
  const { blocking } = reviewDraft(await ownDraft(user, year));
  const overrides = Object.fromEntries(blocking.map((check) => [`override.${check.code}`, "崩溃测试：已核实"]));
  const published = await publish(user, { year, version: Number(versionText), ...overrides });
  console.log(JSON.stringify(published));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
