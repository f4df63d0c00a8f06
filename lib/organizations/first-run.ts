import { randomInt } from "node:crypto";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { containsUsername } from "@/lib/auth/password-policy";
import { usernameSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { plainText } from "@/lib/validation";
import { newBodySchema } from "./schema";
import { publicContentChanged } from "@/lib/public-cache/version";

// The first run of a real office (`npm run setup`): its first body and its first platform administrator, with no
// demo data and no known password. It runs once: as soon as any account exists it refuses and changes nothing, so
// it can never become a back door that adds an administrator to a live system.

export const firstRunSchema = newBodySchema.omit({ parentCode: true }).extend({ adminUsername: usernameSchema, adminName: plainText("管理员姓名", 50) });
export type FirstRunInput = z.infer<typeof firstRunSchema>;

// No 0/O, 1/l/I: the password is read off a terminal and typed by hand once.
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghijkmnopqrstuvwxyz";
const DIGITS = "23456789";
const pick = (set: string, n: number) => Array.from({ length: n }, () => set[randomInt(set.length)]).join("");

/** A random initial password meeting lib/auth/password-policy.ts: four classes (the "-" is the symbol), 17 characters, about 70 bits. */
export function initialPassword(username: string): string {
  for (;;) {
    const password = `${pick(UPPER, 5)}-${pick(LOWER, 5)}-${pick(DIGITS, 5)}`;
    if (!containsUsername(password, username)) return password;
  }
}

/** Creates the first body (a root of the tree) and the first platform administrator, who must change the printed password at first sign-in. */
export async function firstRun(input: FirstRunInput): Promise<{ orgId: string; adminId: string; password: string }> {
  const password = initialPassword(input.adminUsername);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) throw new DomainError("系统中已有用户账号，初始化只能运行一次，未作任何更改。请用已有的管理员账号登录后在后台管理。");
    if (await tx.organization.findUnique({ where: { code: input.code }, select: { id: true } }))
      throw new DomainError(`机关编码 ${input.code} 已存在，未作任何更改。`);
    const org = await tx.organization.create({ data: { code: input.code, name: input.name, kind: input.kind, indexPrefix: input.indexPrefix } });
    const admin = await tx.user.create({
      data: { username: input.adminUsername, name: input.adminName, role: "ADMIN", orgId: null, passwordHash, mustChangePassword: true },
    });
    const actor = { id: admin.id, username: admin.username };
    await publicContentChanged(tx);
    await audit(actor, { action: "setup.first_run", entity: "Organization", entityId: org.id, orgId: org.id, after: { ...input, adminId: admin.id } }, tx);
    return { orgId: org.id, adminId: admin.id, password };
  });
}
