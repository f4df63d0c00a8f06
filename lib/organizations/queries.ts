import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { canAccessOrg } from "@/lib/permissions";
import type { OrganizationInput } from "@/lib/organizations/schema";
import { publicContentChanged } from "@/lib/public-cache/version";

// Details with no column of their own (the guide's text, office hours) are kept as settings per organisation.
const EXTRA_KEYS = ["officeHours", "guide"] as const;
const settingKey = (orgId: string, key: (typeof EXTRA_KEYS)[number]) => `org.${orgId}.${key}`;

export function listOrganizations() {
  return db.organization.findMany({ orderBy: { code: "asc" } });
}

/** Where an administrator may put accounts: any organisation for a platform administrator, else their own. */
export function accountOrganizations(admin: SessionUser) {
  return db.organization.findMany({
    where: admin.orgId ? { id: admin.orgId } : {},
    orderBy: { code: "asc" },
    select: { id: true, name: true },
  });
}

/** The organisation a user may manage: their own, or for a platform admin the one chosen (or the first). */
export async function getManagedOrganization(user: SessionUser, code?: string) {
  const org = user.orgId
    ? await db.organization.findUnique({ where: { id: user.orgId } })
    : await db.organization.findFirst({ where: code ? { code } : {}, orderBy: { code: "asc" } });
  if (!org) return null;
  const extras = await db.setting.findMany({ where: { key: { in: EXTRA_KEYS.map((k) => settingKey(org.id, k)) } } });
  const value = new Map(extras.map((s) => [s.key, s.value]));
  return { ...org, officeHours: value.get(settingKey(org.id, "officeHours")) ?? null, guide: value.get(settingKey(org.id, "guide")) ?? null };
}

export async function updateOrganization(user: SessionUser, input: OrganizationInput) {
  if (!canAccessOrg(user, input.id)) throw new DomainError("您只能修改本机关的设置。");
  const { id, officeHours, guide, ...columns } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id } });
    if (!before) throw new DomainError("机关不存在。");
    await tx.organization.update({ where: { id }, data: columns });
    for (const [key, value] of [["officeHours", officeHours], ["guide", guide]] as const) {
      if (value === null) await tx.setting.deleteMany({ where: { key: settingKey(id, key) } });
      else await tx.setting.upsert({ where: { key: settingKey(id, key) }, create: { key: settingKey(id, key), value }, update: { value } });
    }
    await publicContentChanged(tx);
    await audit(user, { action: "organization.update", entity: "Organization", entityId: id, orgId: id, before, after: input }, tx);
    return { id };
  });
}

export async function organizationName(orgId: string | null): Promise<string> {
  if (!orgId) return "";
  return (await db.organization.findUnique({ where: { id: orgId }, select: { name: true } }))?.name ?? "";
}
