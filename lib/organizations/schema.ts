import { z } from "zod";
import { lenient, orgCodeParam, type SearchParams } from "@/lib/items/filters";
import { isValidIndexPattern } from "@/lib/items/index-number";
import { choice, plainText, recordId } from "@/lib/validation";
import { orgKindCodes } from "./codes";

/** Organisation settings: the 索引号 scheme and the contact details printed in the guide and reports. */
const optional = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .optional()
    .transform((v) => v || null);

const indexPrefix = z
  .string({ error: "请填写索引号前缀" })
  .trim()
  .min(1, "请填写索引号前缀")
  .max(30, "索引号前缀不能超过 30 个字符")
  .regex(/^[0-9A-Za-z-]+$/, "索引号前缀只能包含数字、字母和连字符（通常为机构代码或统一社会信用代码）");

export const organizationSchema = z.object({
  id: recordId(),
  indexPrefix,
  indexPattern: z
    .string({ error: "请填写索引号格式" })
    .trim()
    .refine(isValidIndexPattern, "索引号格式须包含流水号占位符，如 {5位流水}，且不超过 64 个字符"),
  officeName: optional("工作机构名称", 60),
  address: optional("办公地址", 120),
  postcode: optional("邮政编码", 6).refine((v) => v === null || /^\d{6}$/.test(v), "邮政编码应为 6 位数字"),
  phone: optional("联系电话", 40),
  email: optional("电子邮箱", 80).refine((v) => v === null || z.email().safeParse(v).success, "电子邮箱格式不正确"),
  website: optional("网站", 120).refine((v) => v === null || /^https?:\/\/\S+$/.test(v), "网站地址应以 http:// 或 https:// 开头"),
  officeHours: optional("办公时间", 100),
  guide: optional("公开指南补充说明", 5000),
});
export type OrganizationInput = z.infer<typeof organizationSchema>;

/** The 机构导航's address: a search, or the node whose children are shown. Malformed values are ignored. */
const directorySchema = z.object({ q: lenient(z.string().max(50)), parent: orgCodeParam });

export function parseDirectoryQuery(params: SearchParams) {
  return directorySchema.parse(params);
}

// A body of the tree (the platform admin's /admin/organizations and the first run's command line).

/** A body's code: the interchange file's alphabet, so a body made here can be named in an import and vice versa. */
export const orgCode = z
  .string({ error: "请填写机关编码" })
  .trim()
  .min(1, "请填写机关编码")
  .max(64, "机关编码不能超过 64 个字符")
  .regex(/^[A-Za-z0-9._\-/]+$/, "机关编码只能包含字母、数字和 . _ - /（如 yongan-sfj）");
const orgName = plainText("机关名称", 200);
const orgKind = choice(orgKindCodes, "机关类别");
/** The parent's code; "" (or absent) means a root of the tree. */
const parentCode = z.union([z.literal(""), orgCode]).optional().transform((v) => v || null);

export const newBodySchema = z.object({ code: orgCode, name: orgName, kind: orgKind, parentCode, indexPrefix });
export type NewBodyInput = z.infer<typeof newBodySchema>;

/** A move names what the admin saw, so a move made meanwhile by someone else is refused, not silently undone. */
export const moveBodySchema = z.object({
  id: recordId(),
  parentCode,
  kind: orgKind,
  seenParentId: z.string().max(64).optional().transform((v) => v || null),
  seenKind: orgKind,
});
export type MoveBodyInput = z.infer<typeof moveBodySchema>;

export const renameBodySchema = z.object({ id: recordId(), name: orgName, seenName: z.string().max(200) });
export type RenameBodyInput = z.infer<typeof renameBodySchema>;
