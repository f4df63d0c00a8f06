import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { accountOrganizations } from "@/lib/organizations/queries";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { changeOwnPassword, createUser, resetPassword, setUserActive, updateUser } from "./accounts";
import { activeLock, lockKeys, MAX_FAILURES } from "./lockout";
import { verifyPassword } from "./password";
import { auditActions, resetAccounts } from "./test-helpers";
import { authenticate, loadSessionUser } from "./users";
import { createUserSchema, resetPasswordSchema, updateUserSchema } from "./schemas";

const PASSWORD = "Gongkai@2026";
let ids: Record<string, string>;
const admin = () => ({ id: ids.admin, username: "admin", role: "ADMIN" as const, orgId: null });
const sessionUser = (name: string, role: "CLERK" | "ADMIN") => ({ id: ids[name], username: name, name, role, orgId: role === "ADMIN" ? null : "org-a" });

beforeEach(async () => {
  ids = await resetAccounts([
    { username: "admin", role: "ADMIN", org: null, password: PASSWORD },
    { username: "clerk", role: "CLERK", org: "a", password: PASSWORD },
  ]);
});

const version = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).version;

describe("creating accounts", () => {
  it("creates an account with an initial password that must be changed, audited without the hash", async () => {
    const input = createUserSchema.parse({ username: "lisi", name: "李四", role: "SUPERVISOR", orgId: "org-b", password: "Chushi#2026", confirm: "Chushi#2026" });
    const user = await createUser(admin(), input);
    expect(user).toMatchObject({ username: "lisi", role: "SUPERVISOR", orgId: "org-b", mustChangePassword: true, active: true, version: 1 });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.create" } });
    expect([entry.actor, entry.entityId, entry.orgId]).toEqual(["admin", user.id, "org-b"]);
    expect(entry.after).not.toContain("scrypt");
    const signIn = await authenticate("lisi", "Chushi#2026", null);
    expect(signIn.ok).toBe(true);
    expect((await loadSessionUser(user.id, 0))?.mustChangePassword).toBe(true);
  });

  it("refuses a taken username and an unknown organisation, writing nothing", async () => {
    const input = createUserSchema.parse({ username: "clerk", name: "重名", role: "CLERK", orgId: "org-a", password: "Chushi#2026", confirm: "Chushi#2026" });
    await expect(createUser(admin(), input)).rejects.toEqual(new DomainError("用户名已被使用。", { username: ["该用户名已被使用"] }));
    await expect(createUser(admin(), { ...input, username: "wangwu", orgId: "org-x" })).rejects.toThrow("所选机构不存在。");
    expect(await db.user.count()).toBe(2);
    expect(await auditActions()).toEqual([]);
  });
});

describe("the organisations an administrator may put accounts in", () => {
  it("are every organisation for the platform administrator and only their own for an organisation's", async () => {
    expect(await accountOrganizations({ ...admin(), name: "管理员" })).toEqual([
      { id: "org-a", name: "甲镇人民政府" },
      { id: "org-b", name: "乙局" },
    ]);
    expect(await accountOrganizations({ ...admin(), name: "乙局管理员", orgId: "org-b" })).toEqual([{ id: "org-b", name: "乙局" }]);
  });
});

describe("editing accounts with optimistic locking", () => {
  it("two admins edit the same account: the second gets a conflict and the first edit is kept", async () => {
    const loaded = await version(ids.clerk); // both sessions load version 1
    const first = updateUserSchema.parse({ id: ids.clerk, version: loaded, name: "陈办事（一）", role: "CLERK", orgId: "org-a" });
    const second = updateUserSchema.parse({ id: ids.clerk, version: loaded, name: "陈办事（二）", role: "SUPERVISOR", orgId: "org-a" });
    await updateUser(admin(), first);
    await expect(updateUser(admin(), second)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.user.findUniqueOrThrow({ where: { id: ids.clerk } })).toMatchObject({ name: "陈办事（一）", role: "CLERK", version: 2 });
    expect(await auditActions()).toEqual(["user.update"]);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.update" } });
    expect([JSON.parse(entry.before!).name, JSON.parse(entry.after!).name]).toEqual(["clerk", "陈办事（一）"]);
  });

  it("concurrent edits on the same version: exactly one wins", async () => {
    const loaded = await version(ids.clerk);
    const edits = ["甲", "乙", "丙", "丁"].map((name) =>
      updateUser(admin(), updateUserSchema.parse({ id: ids.clerk, version: loaded, name, role: "CLERK", orgId: "org-a" })),
    );
    const results = await Promise.allSettled(edits);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      new ConflictError(),
      new ConflictError(),
      new ConflictError(),
    ]);
    expect(await version(ids.clerk)).toBe(loaded + 1);
  });

  it("an admin cannot change their own role or disable themselves; a missing account is not found", async () => {
    await expect(updateUser(admin(), { id: ids.admin, version: 1, name: "x", role: "CLERK", orgId: "org-a" })).rejects.toThrow("不能更改自己的角色");
    await expect(setUserActive(admin(), { id: ids.admin, version: 1, active: false })).rejects.toThrow("不能停用自己的账号。");
    await expect(setUserActive(admin(), { id: "nope", version: 1, active: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(await auditActions()).toEqual([]);
  });

  it("an organisation's administrator manages its own accounts only, and cannot create a platform administrator", async () => {
    const orgAdmin = { id: "org-b-admin", username: "b-admin", role: "ADMIN" as const, orgId: "org-b" };
    const form = { password: "Chushi#2026", confirm: "Chushi#2026", name: "王五", role: "CLERK" } as const;
    expect(await createUser(orgAdmin, createUserSchema.parse({ ...form, username: "wangwu", orgId: "org-b" }))).toMatchObject({ orgId: "org-b" });
    await expect(createUser(orgAdmin, createUserSchema.parse({ ...form, username: "zhaoliu", orgId: "org-a" }))).rejects.toThrow("您只能管理本机构的账号。");
    await expect(createUser(orgAdmin, createUserSchema.parse({ ...form, username: "root2", role: "ADMIN", orgId: "" }))).rejects.toThrow("您只能管理本机构的账号。");
    // org-a's clerk: answered as missing, whatever the action.
    await expect(updateUser(orgAdmin, { id: ids.clerk, version: 1, name: "x", role: "CLERK", orgId: "org-b" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setUserActive(orgAdmin, { id: ids.clerk, version: 1, active: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetPassword(orgAdmin, { id: ids.clerk, version: 1, password: "Chongzhi#2026", confirm: "Chongzhi#2026" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.user.findUniqueOrThrow({ where: { id: ids.clerk } })).toMatchObject({ version: 1, active: true, orgId: "org-a" });
    expect(await auditActions()).toEqual(["user.create"]);
  });

  it("disabling signs the user out at the next request; enabling lets them back", async () => {
    expect(await loadSessionUser(ids.clerk, 0)).not.toBeNull();
    await setUserActive(admin(), { id: ids.clerk, version: 1, active: false });
    expect(await loadSessionUser(ids.clerk, 0)).toBeNull();
    expect((await authenticate("clerk", PASSWORD, null)).ok).toBe(false);
    await setUserActive(admin(), { id: ids.clerk, version: 2, active: true });
    expect((await authenticate("clerk", PASSWORD, null)).ok).toBe(true);
    expect((await auditActions()).filter((a) => a.startsWith("user."))).toEqual(["user.disable", "user.enable"]);
  });
});

describe("passwords", () => {
  it("a reset signs the user out everywhere, lifts a lockout and forces a change", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) await authenticate("clerk", "wrong", null);
    expect(await activeLock(lockKeys("clerk", null))).not.toBeNull();
    await resetPassword(admin(), resetPasswordSchema.parse({ id: ids.clerk, version: 1, password: "Reset#20260", confirm: "Reset#20260" }));
    expect(await activeLock(lockKeys("clerk", null))).toBeNull();
    expect(await loadSessionUser(ids.clerk, 0)).toBeNull(); // the old session is gone
    expect(await loadSessionUser(ids.clerk, 1)).toMatchObject({ mustChangePassword: true });
    expect((await authenticate("clerk", "Reset#20260", null)).ok).toBe(true);
    await expect(
      resetPassword(admin(), { id: ids.clerk, version: 2, password: "Clerk#202600", confirm: "Clerk#202600" }),
    ).rejects.toThrow("密码不能包含用户名。");
  });

  it("changing one's own password needs the current one, clears the flag and signs out every session", async () => {
    await db.user.update({ where: { id: ids.clerk }, data: { mustChangePassword: true } });
    const clerk = sessionUser("clerk", "CLERK");
    await expect(changeOwnPassword(clerk, { current: "wrong", password: "Neue#Pass2026", confirm: "Neue#Pass2026" })).rejects.toEqual(
      new DomainError("当前密码不正确。", { current: ["当前密码不正确"] }),
    );
    await expect(changeOwnPassword(clerk, { current: PASSWORD, password: PASSWORD, confirm: PASSWORD })).rejects.toThrow("新密码不能与当前密码相同。");
    await changeOwnPassword(clerk, { current: PASSWORD, password: "Neue#Pass2026", confirm: "Neue#Pass2026" });
    const stored = await db.user.findUniqueOrThrow({ where: { id: ids.clerk } });
    expect(stored).toMatchObject({ mustChangePassword: false, sessionVersion: 1 });
    expect(await verifyPassword("Neue#Pass2026", stored.passwordHash)).toBe(true);
    expect(await loadSessionUser(ids.clerk, 0)).toBeNull();
    expect(await auditActions()).toEqual(["user.password_change_failed", "user.password_change"]);
  });

  it("wrong current passwords count towards the lockout", async () => {
    const clerk = sessionUser("clerk", "CLERK");
    for (let i = 0; i < MAX_FAILURES; i++)
      await expect(changeOwnPassword(clerk, { current: "wrong", password: "Neue#Pass2026", confirm: "Neue#Pass2026" })).rejects.toThrow();
    await expect(changeOwnPassword(clerk, { current: PASSWORD, password: "Neue#Pass2026", confirm: "Neue#Pass2026" })).rejects.toThrow("暂时锁定");
  });
});
