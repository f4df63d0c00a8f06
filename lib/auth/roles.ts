/** OVERSEER: a supervising office (政务公开办) that reads the bodies of its subtree and changes none of their records. */
export const ROLES = { CLERK: "办事员", SUPERVISOR: "审核人", OVERSEER: "监督员", ADMIN: "管理员" } as const;
export type Role = keyof typeof ROLES;

/** The signed-in user as every permission check sees it. */
export type SessionUser = {
  id: string;
  username: string;
  name: string;
  role: Role;
  orgId: string | null;
};
