// Demo accounts created by `npm run db:seed`; the e2e tests sign in with them.
export const DEMO_PASSWORD = "Gongkai@2026";

export const DEMO_USERS = [
  { username: "admin", name: "系统管理员", role: "ADMIN", org: null },
  { username: "clerk", name: "陈办事", role: "CLERK", org: "xiaotao" },
  { username: "supervisor", name: "林审核", role: "SUPERVISOR", org: "xiaotao" },
  { username: "sfj-clerk", name: "王办事", role: "CLERK", org: "yongan-sfj" },
] as const;
