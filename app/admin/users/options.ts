export type OrgOption = { value: string; label: string };

/** The 所属机构 choices: the organisations given, and 全平台 only for a platform administrator (no orgId). */
export function orgOptions(admin: { orgId: string | null }, orgs: { id: string; name: string }[]): OrgOption[] {
  const platform = admin.orgId ? [] : [{ value: "", label: "全平台（仅限管理员）" }];
  return [...platform, ...orgs.map((o) => ({ value: o.id, label: o.name }))];
}
