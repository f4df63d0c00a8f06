import "server-only";
import { unstable_cache, updateTag } from "next/cache";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { SiteField, SiteSettingsInput } from "@/lib/site-schema";
import { publicContentChanged, renderVersion } from "@/lib/public-cache/version";

// The deployment's settings are `Setting` rows "site.<field>" (the table the organisation settings already use for
// details with no column), so adding a field needs no migration. An unset field falls back to its default.
export const SITE_DEFAULTS: Record<SiteField, string> = {
  name: "政府信息公开平台",
  host: "",
  identifier: "",
  icp: "",
  police: "",
  phone: "",
  email: "",
  address: "",
  // Shown on /rules until the deployment writes its own; one paragraph per line.
  rules: [
    "本平台依照《中华人民共和国政府信息公开条例》建立并执行以下政府信息公开工作制度：",
    "一、主动公开制度。属于主动公开范围的政府信息，自形成或者变更之日起20个工作日内予以公开，并按主题分类编入政府信息公开目录。",
    "二、依申请公开办理制度。统一受理、登记依申请公开事项，自收到申请之日起20个工作日内答复；需要延长的，经批准后延长期限最长不超过20个工作日。",
    "三、保密审查制度。政府信息公开前依照《中华人民共和国保守国家秘密法》等规定进行审查，不能确定能否公开的，依法报有关主管部门确定。",
    "四、发布协调制度。发布的政府信息涉及其他机关的，与有关机关协商、确认，保证发布的信息准确一致。",
    "五、年度报告制度。每年1月31日前公布本机关上一年度政府信息公开工作年度报告。",
    "六、监督考核制度。政府信息公开工作纳入绩效考核，接受社会评议和投诉举报。",
  ].join("\n"),
  allowSelfApproval: "",
};
export type SiteSettings = Record<SiteField, string>;

const FIELDS = Object.keys(SITE_DEFAULTS) as SiteField[];
const keyOf = (field: SiteField) => `site.${field}`;

const SITE_TAG = "site-settings";

/**
 * The site's settings, defaults filled in, read by every public page. Each server instance keeps them (Next's data
 * cache) per public-content version (lib/public-cache/version.ts): saving them moves the version, so every instance
 * reads them afresh at its next render.
 */
const storedSiteSettings = unstable_cache(
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the version is the cache key
  async (_version: number): Promise<SiteSettings> => {
    const rows = await db.setting.findMany({ where: { key: { in: FIELDS.map(keyOf) } } });
    const stored = new Map(rows.map((r) => [r.key, r.value]));
    return Object.fromEntries(FIELDS.map((f) => [f, stored.get(keyOf(f)) ?? SITE_DEFAULTS[f]])) as SiteSettings;
  },
  [SITE_TAG],
  { revalidate: 60, tags: [SITE_TAG] },
);

export const siteSettings = cache(async (): Promise<SiteSettings> => storedSiteSettings(await renderVersion()));

/** For the server action that saves the settings: passes its result through, dropping this instance's copy. */
export function siteSettingsChanged<T>(result: T): T {
  updateTag(SITE_TAG);
  return result;
}

/** Saves every field at once (an empty one, or one equal to its default, is unset) and audits what changed. */
export async function updateSiteSettings(user: SessionUser, input: SiteSettingsInput) {
  return db.$transaction(async (tx) => {
    const rows = await tx.setting.findMany({ where: { key: { in: FIELDS.map(keyOf) } } });
    const before = Object.fromEntries(rows.map((r) => [r.key.slice("site.".length), r.value]));
    const after: Partial<Record<SiteField, string>> = {};
    for (const field of FIELDS) {
      const value = input[field] === SITE_DEFAULTS[field] ? undefined : input[field];
      if (value === undefined) {
        await tx.setting.deleteMany({ where: { key: keyOf(field) } });
      } else {
        await tx.setting.upsert({ where: { key: keyOf(field) }, create: { key: keyOf(field), value }, update: { value } });
        after[field] = value;
      }
    }
    const changed = FIELDS.filter((f) => before[f] !== after[f]);
    if (changed.length > 0) await publicContentChanged(tx);
    if (changed.length > 0) {
      const pick = (values: Partial<Record<SiteField, string>>) => Object.fromEntries(changed.map((f) => [f, values[f] ?? null]));
      await audit(user, { action: "site.update", entity: "Setting", entityId: "site", orgId: null, before: pick(before), after: pick(after) }, tx);
    }
    return { changed };
  });
}
