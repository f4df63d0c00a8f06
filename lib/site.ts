import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export const SITE_DEFAULTS = {
  "site.name": "政府信息公开平台",
  "site.identifier": "",
  "site.icp": "",
  "site.police": "",
  "site.contact": "",
} as const;
export type SiteSettings = Record<keyof typeof SITE_DEFAULTS, string>;

export const siteSettings = cache(async (): Promise<SiteSettings> => {
  const rows = await db.setting.findMany({ where: { key: { in: Object.keys(SITE_DEFAULTS) } } });
  return { ...SITE_DEFAULTS, ...Object.fromEntries(rows.map((r) => [r.key, r.value])) };
});
