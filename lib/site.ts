import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";

export const SITE_DEFAULTS = {
  "site.name": "政府信息公开平台",
  "site.identifier": "",
  "site.icp": "",
  "site.police": "",
  "site.contact": "",
} as const;
export type SiteSettings = Record<keyof typeof SITE_DEFAULTS, string>;

/**
 * The site's name and footer lines, read by every public page. They change about once a year, so each
 * server instance keeps them (Next's data cache) for up to a minute; no per-instance state outlives that.
 */
export const siteSettings = unstable_cache(
  async (): Promise<SiteSettings> => {
    const rows = await db.setting.findMany({ where: { key: { in: Object.keys(SITE_DEFAULTS) } } });
    return { ...SITE_DEFAULTS, ...Object.fromEntries(rows.map((r) => [r.key, r.value])) };
  },
  ["site-settings"],
  { revalidate: 60 },
);
