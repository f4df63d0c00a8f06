import { ROLES, type Role } from "@/lib/auth/roles";

export const ROLE_OPTIONS = (Object.keys(ROLES) as Role[]).map((role) => ({ value: role, label: ROLES[role] }));

export function orgOptions(orgs: { id: string; name: string }[]) {
  return [{ value: "", label: "全平台（仅限管理员）" }, ...orgs.map((o) => ({ value: o.id, label: o.name }))];
}
