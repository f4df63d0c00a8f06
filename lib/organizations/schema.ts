import { z } from "zod";
import { lenient, orgCodeParam, type SearchParams } from "@/lib/items/filters";
import { isValidIndexPattern } from "@/lib/items/index-number";
import { recordId } from "@/lib/validation";

/** Organisation settings: the 索引号 scheme and the contact details printed in the guide and reports. */
const optional = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .optional()
    .transform((v) => v || null);

export const organizationSchema = z.object({
  id: recordId(),
  indexPrefix: z
    .string({ error: "请填写索引号前缀" })
    .trim()
    .min(1, "请填写索引号前缀")
    .max(30, "索引号前缀不能超过 30 个字符")
    .regex(/^[0-9A-Za-z-]+$/, "索引号前缀只能包含数字、字母和连字符（通常为机构代码或统一社会信用代码）"),
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
