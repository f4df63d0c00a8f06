import { codesOf, type CodeSet } from "@/lib/labels";

/**
 * What a node of the platform's tree is. Governments and their departments and townships publish; a region node
 * (e.g. a province's cities grouped for navigation) only groups bodies and publishes nothing of its own.
 */
export const ORG_KINDS = {
  provincial_government: "省级政府",
  city_government: "市级政府",
  county_government: "县级政府",
  department: "部门",
  township: "乡镇/街道",
  region: "区域",
} as const satisfies CodeSet<string>;
export type OrgKind = keyof typeof ORG_KINDS;
export const orgKindCodes = codesOf(ORG_KINDS);
