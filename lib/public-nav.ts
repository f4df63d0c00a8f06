// The public site's 信息公开 navigation in the order the 政府网站发展指引 gives (指南, 制度, 法定主动公开内容,
// 年报, 依申请公开), shared by the header and the 网站地图.
export type NavEntry = { href: string; label: string; /** other paths that belong to the section */ also?: string[] };

export const PUBLIC_NAV: NavEntry[] = [
  { href: "/", label: "首页" },
  { href: "/org", label: "机构导航" },
  { href: "/guide", label: "政府信息公开指南" },
  { href: "/rules", label: "政府信息公开制度" },
  { href: "/catalogue", label: "法定主动公开内容", also: ["/items"] },
  { href: "/reports", label: "政府信息公开年报" },
  { href: "/apply", label: "依申请公开" },
  { href: "/track", label: "申请查询" },
];

/** Other public pages, listed in the 网站地图 and the footer. */
export const OTHER_PUBLIC_PAGES: NavEntry[] = [
  { href: "/sitemap", label: "网站地图" },
  { href: "/login", label: "工作人员登录" },
];
