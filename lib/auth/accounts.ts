import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { ConflictError, DomainError, NotFoundError, prismaErrorCode } from "@/lib/errors";
import { orgScope } from "@/lib/permissions";
import { activeLock, clearAccountFailures, lockKeys, recordFailure } from "./lockout";
import { hashPassword, verifyPassword } from "./password";
import { containsUsername } from "./password-policy";
import type { SessionUser } from "./roles";
import type { changePasswordSchema, createUserSchema, resetPasswordSchema, setUserActiveSchema, updateUserSchema } from "./schemas";
import { requestIp } from "@/lib/client-ip";

// Account management (admins) and the user's own password change. Every change is audited in its
// transaction; edits name the version they were made on, so two admins never overwrite each other silently.

type Actor = Pick<SessionUser, "id" | "username" | "role" | "orgId">;

/** A platform administrator (no organisation) manages every account; an organisation's administrator only its own. */
function manages(actor: Actor, orgId: string | null): boolean {
  const scope = orgScope(actor);
  return scope === null || scope === orgId;
}

/** The organisation an account is put in must be one the actor manages (so no one can create a platform admin either). */
function assertAssignable(actor: Actor, orgId: string | null) {
  if (!manages(actor, orgId)) throw new DomainError("您只能管理本机构的账号。", { orgId: ["只能选择本机构"] });
}

const publicFields = { id: true, username: true, name: true, role: true, orgId: true, active: true, mustChangePassword: true, version: true } as const;

async function assertOrgExists(orgId: string | null) {
  if (orgId && !(await db.organization.findUnique({ where: { id: orgId }, select: { id: true } })))
    throw new DomainError("所选机构不存在。", { orgId: ["所选机构不存在"] });
}

/** Updates a user only if it is still at `version`; otherwise nothing is written (ConflictError / NotFoundError). */
async function updateVersioned(
  tx: Parameters<Parameters<typeof db.$transaction>[0]>[0],
  id: string,
  version: number,
  data: Parameters<typeof db.user.updateMany>[0]["data"],
) {
  const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  if (await tx.user.findUnique({ where: { id }, select: { id: true } })) throw new ConflictError();
  throw new NotFoundError();
}

/** A new account gets an initial password that must be changed at first sign-in. */
export async function createUser(actor: Actor, input: z.infer<typeof createUserSchema>) {
  assertAssignable(actor, input.orgId);
  await assertOrgExists(input.orgId);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { username: input.username, name: input.name, role: input.role, orgId: input.orgId, passwordHash, mustChangePassword: true },
        select: publicFields,
      });
      await audit(actor, { action: "user.create", entity: "User", entityId: user.id, orgId: user.orgId, after: user }, tx);
      return user;
    });
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") throw new DomainError("用户名已被使用。", { username: ["该用户名已被使用"] });
    throw error;
  }
}

export async function updateUser(actor: Actor, input: z.infer<typeof updateUserSchema>) {
  await assertOrgExists(input.orgId);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id }, select: publicFields });
    if (!before || !manages(actor, before.orgId)) throw new NotFoundError();
    assertAssignable(actor, input.orgId);
    if (before.id === actor.id && (input.role !== before.role || input.orgId !== before.orgId))
      throw new DomainError("不能更改自己的角色或所属机构，请由另一位管理员操作。", { role: ["不能更改自己的角色"] });
    await updateVersioned(tx, input.id, input.version, { name: input.name, role: input.role, orgId: input.orgId });
    const after = await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: publicFields });
    await audit(actor, { action: "user.update", entity: "User", entityId: after.id, orgId: after.orgId ?? before.orgId, before, after }, tx);
    return after;
  });
}

/** Disabling takes effect at the user's next request (loadSessionUser refuses disabled accounts). */
export async function setUserActive(actor: Actor, input: z.infer<typeof setUserActiveSchema>) {
  if (input.id === actor.id && !input.active) throw new DomainError("不能停用自己的账号。");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id }, select: publicFields });
    if (!before || !manages(actor, before.orgId)) throw new NotFoundError();
    await updateVersioned(tx, input.id, input.version, { active: input.active });
    await audit(
      actor,
      { action: input.active ? "user.enable" : "user.disable", entity: "User", entityId: before.id, orgId: before.orgId, before: { active: before.active }, after: { active: input.active } },
      tx,
    );
  });
}

/** A reset password is an initial password again: signs the user out everywhere and lifts a lockout. */
export async function resetPassword(actor: Actor, input: z.infer<typeof resetPasswordSchema>) {
  const target = await db.user.findUnique({ where: { id: input.id }, select: { id: true, username: true, orgId: true } });
  if (!target || !manages(actor, target.orgId)) throw new NotFoundError();
  if (containsUsername(input.password, target.username)) throw new DomainError("密码不能包含用户名。", { password: ["密码不能包含用户名"] });
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await updateVersioned(tx, input.id, input.version, {
      passwordHash,
      mustChangePassword: true,
      passwordChangedAt: new Date(),
      sessionVersion: { increment: 1 },
    });
    await audit(actor, { action: "user.password_reset", entity: "User", entityId: target.id, orgId: target.orgId }, tx);
  });
  await clearAccountFailures(target.username);
}

/**
 * The user's own change: proves the current password (wrong guesses count towards the lockout like sign-in
 * failures), then signs out every session, this one included.
 */
export async function changeOwnPassword(user: SessionUser, input: z.infer<typeof changePasswordSchema>) {
  const ip = await requestIp();
  const keys = lockKeys(user.username, ip);
  if (await activeLock(keys)) throw new DomainError("失败次数过多，账号已被暂时锁定，请 15 分钟后再试。");
  const account = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true, orgId: true } });
  if (!account) throw new NotFoundError();
  if (!(await verifyPassword(input.current, account.passwordHash))) {
    await audit(user, { action: "user.password_change_failed", entity: "User", entityId: user.id, orgId: account.orgId });
    await recordFailure(keys, { username: user.username, orgId: account.orgId, ip });
    throw new DomainError("当前密码不正确。", { current: ["当前密码不正确"] });
  }
  if (input.current === input.password) throw new DomainError("新密码不能与当前密码相同。", { password: ["新密码不能与当前密码相同"] });
  if (containsUsername(input.password, user.username)) throw new DomainError("密码不能包含用户名。", { password: ["密码不能包含用户名"] });
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await audit(user, { action: "user.password_change", entity: "User", entityId: user.id, orgId: account.orgId }, tx);
  });
}
