import type { Permission } from "@/lib/permissions";

/** The back office's pages and the permission each needs; the sidebar shows only what the user may open. */
export const ADMIN_NAV: { href: string; label: string; permission: Permission }[] = [
  { href: "/admin", label: "工作台", permission: "dashboard.view" },
  { href: "/admin/items", label: "政府信息", permission: "item.edit" },
  { href: "/admin/review", label: "审核发布", permission: "item.review" },
  { href: "/admin/requests", label: "依申请公开", permission: "request.handle" },
  { href: "/admin/appeals", label: "复议诉讼", permission: "appeal.edit" },
  { href: "/admin/reports", label: "年度报告", permission: "report.edit" },
  { href: "/admin/oversight", label: "公开监督", permission: "oversight.view" },
  { href: "/admin/categories", label: "主题分类", permission: "category.manage" },
  { href: "/admin/organizations", label: "机构管理", permission: "organization.tree" },
  { href: "/admin/organization", label: "机关设置", permission: "organization.manage" },
  { href: "/admin/users", label: "用户管理", permission: "user.manage" },
  { href: "/admin/calendar", label: "工作日历", permission: "calendar.manage" },
  { href: "/admin/settings/site", label: "网站设置", permission: "settings.manage" },
  { href: "/admin/mail", label: "邮件发送", permission: "mail.manage" },
  { href: "/admin/audit", label: "审计日志", permission: "audit.view" },
];
