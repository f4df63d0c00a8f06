// Demo accounts created by `npm run db:seed`; the e2e tests sign in with them.
export const DEMO_PASSWORD = "Gongkai@2026";

export const DEMO_USERS = [
  { username: "admin", name: "系统管理员", role: "ADMIN", org: null },
  { username: "clerk", name: "陈办事", role: "CLERK", org: "xiaotao" },
  { username: "supervisor", name: "林审核", role: "SUPERVISOR", org: "xiaotao" },
  { username: "sfj-clerk", name: "王办事", role: "CLERK", org: "yongan-sfj" },
  // 永安市政务公开办: reads every body under 永安市人民政府, changes none.
  { username: "overseer", name: "赵监督", role: "OVERSEER", org: "yongan" },
] as const;
