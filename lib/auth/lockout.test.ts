import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { activeLock, lockKeys, LOCK_MS, MAX_FAILURES, recordFailure, WINDOW_MS } from "./lockout";
import { auditActions, resetAccounts } from "./test-helpers";
import { authenticate } from "./users";

const PASSWORD = "Gongkai@2026";
const T0 = new Date("2026-03-02T01:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

beforeEach(async () => {
  await resetAccounts([
    { username: "clerk", role: "CLERK", org: "a", password: PASSWORD },
    { username: "other", role: "CLERK", org: "a", password: PASSWORD },
  ]);
});

describe("login-failure lockout", () => {
  it("locks the account after 5 failures for 15 minutes, even with the right password, then lets it in", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect(await authenticate("clerk", "wrong", `10.0.0.${i}`, at(i * 1000))).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("clerk", PASSWORD, "10.0.1.1", at(10_000))).toEqual({ ok: false, reason: "locked" });
    expect(await authenticate("clerk", PASSWORD, "10.0.1.1", at(4000 + LOCK_MS - 1))).toEqual({ ok: false, reason: "locked" });
    const after = await authenticate("clerk", PASSWORD, "10.0.1.1", at(4000 + LOCK_MS));
    expect(after.ok).toBe(true);
    // the other account was never affected
    expect((await authenticate("other", PASSWORD, "10.0.1.1", at(10_000))).ok).toBe(true);
  });

  it("locks an address that fails 5 times across accounts, including unknown ones", async () => {
    const ip = "203.0.113.5";
    for (const name of ["clerk", "other", "nobody", "clerk", "ghost"]) await authenticate(name, "wrong", ip, T0);
    expect(await authenticate("other", PASSWORD, ip, at(1000))).toEqual({ ok: false, reason: "locked" });
    expect((await authenticate("other", PASSWORD, "203.0.113.6", at(1000))).ok).toBe(true);
  });

  it("counts failures within a 15-minute window only, and a sign-in clears the account's count", async () => {
    for (let i = 0; i < 4; i++) await authenticate("clerk", "wrong", null, at(i));
    // the window has passed: the count starts again
    for (let i = 0; i < 4; i++) await authenticate("clerk", "wrong", null, at(WINDOW_MS + i));
    expect((await authenticate("clerk", PASSWORD, null, at(WINDOW_MS + 10))).ok).toBe(true);
    for (let i = 0; i < 4; i++) await authenticate("clerk", "wrong", null, at(WINDOW_MS + 20 + i));
    expect((await authenticate("clerk", PASSWORD, null, at(WINDOW_MS + 30))).ok).toBe(true);
  });

  it("audits failures, the lock (once per key) and attempts refused while locked", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) await authenticate("clerk", "wrong", "198.51.100.1", at(i));
    await authenticate("clerk", PASSWORD, "198.51.100.1", at(100));
    expect(await auditActions()).toEqual([
      ...Array(MAX_FAILURES).fill("auth.sign_in_failed"),
      "auth.lockout", // the account
      "auth.lockout", // the address
      "auth.sign_in_blocked",
    ]);
    const locks = await db.auditLog.findMany({ where: { action: "auth.lockout" }, orderBy: { entityId: "asc" } });
    expect(locks.map((l) => [l.entityId, l.ip, l.orgId])).toEqual([
      ["login:account:clerk", "198.51.100.1", "org-a"],
      ["login:ip:198.51.100.1", "198.51.100.1", null],
    ]);
    const failed = await db.auditLog.findFirst({ where: { action: "auth.sign_in_failed" } });
    expect(JSON.parse(failed!.after!)).toEqual({ username: "clerk", reason: "wrong_password" });
  });

  it("a disabled account is refused like a wrong password", async () => {
    await db.user.update({ where: { username: "clerk" }, data: { active: false } });
    expect(await authenticate("clerk", PASSWORD, null, T0)).toEqual({ ok: false, reason: "invalid" });
    const failed = await db.auditLog.findFirst({ where: { action: "auth.sign_in_failed" } });
    expect(JSON.parse(failed!.after!).reason).toBe("disabled");
  });

  it("concurrent failures from several instances lose no count and lock exactly once", async () => {
    const keys = lockKeys("clerk", null);
    const results = await Promise.all(Array.from({ length: 8 }, () => recordFailure(keys, { username: "clerk", ip: null }, T0)));
    expect(results.flat()).toHaveLength(1);
    expect((await db.rateLimit.findUnique({ where: { key: keys[0].key } }))?.count).toBe(8);
    expect(await activeLock(keys, at(1))).toEqual(at(LOCK_MS));
  });
});
