import { db } from "@/lib/db";
import { hashPassword } from "./password";

// Hashing is deliberately slow; tests that reset often reuse one hash per password.
const hashes = new Map<string, Promise<string>>();
const cachedHash = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

/** Empties the tables the account tests touch and creates two organisations and the given users. */
export async function resetAccounts(users: { username: string; role: string; org: "a" | "b" | null; password: string; mustChangePassword?: boolean }[]) {
  for (const table of ["AuditLog", "RateLimit", "User", "Organization"]) await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
  await db.organization.createMany({
    data: [
      { id: "org-a", code: "a", name: "甲镇人民政府", indexPrefix: "A" },
      { id: "org-b", code: "b", name: "乙局", indexPrefix: "B" },
    ],
  });
  const ids: Record<string, string> = {};
  for (const u of users) {
    const created = await db.user.create({
      data: {
        username: u.username,
        name: u.username,
        role: u.role,
        orgId: u.org ? `org-${u.org}` : null,
        passwordHash: await cachedHash(u.password),
        mustChangePassword: u.mustChangePassword ?? false,
      },
    });
    ids[u.username] = created.id;
  }
  return ids;
}

export async function auditActions() {
  return (await db.auditLog.findMany({ orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true } })).map((a) => a.action);
}
