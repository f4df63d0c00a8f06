/** A 所属机构 choice: [organisation id, name]; the id is "" for 全平台. */
export type OrgOption = readonly [string, string];

/** The 所属机构 choices: the organisations given, and 全平台 only for a platform administrator (no orgId). */
export function orgOptions(admin: { orgId: string | null }, orgs: { id: string; name: string }[]): OrgOption[] {
  const platform: OrgOption[] = admin.orgId ? [] : [["", "全平台（仅限管理员）"]];
  return [...platform, ...orgs.map((o): OrgOption => [o.id, o.name])];
}
