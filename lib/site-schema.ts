import { z } from "zod";
import { optionalText, requiredText } from "@/lib/validation";

// The deployment's own details, shown in the public site's header and footer (政府网站发展指引: 网站标识码,
// ICP备案号, 公安机关备案号, 主办单位 and contact). Formats are checked leniently: the shape of each number is
// fixed by its registry, but the exact province characters and lengths are not worth refusing a real number over.

/** 网站标识码: 10 characters — 6-digit 行政区划代码 + 4 digits for a local government, "bm" + 8 digits for a department. */
export const IDENTIFIER = /^(?:\d{10}|bm\d{8})$/i;
/** ICP备案号, e.g. 京ICP备12345678号 or 粤ICP备2021012345号-1 (the suffix numbers one site of the holder). */
export const ICP = /^[\u4e00-\u9fff]ICP备\d{4,12}号(?:-\d{1,4})?$/;
/** 公安机关备案号, e.g. 京公网安备 11010502030143号 (14 digits; the space is optional). */
export const POLICE = /^[\u4e00-\u9fff]公网安备\s?(\d{14})号$/;

const format = (pattern: RegExp) => (value: string | undefined) => value === undefined || pattern.test(value);

export const siteSettingsSchema = z.object({
  name: requiredText("网站名称", 40),
  host: optionalText("主办单位", 60),
  identifier: optionalText("网站标识码", 10).refine(format(IDENTIFIER), "网站标识码应为 10 位，如 3501000001 或 bm09000001"),
  icp: optionalText("ICP备案号", 40).refine(format(ICP), "ICP备案号格式如 京ICP备12345678号 或 闽ICP备12345678号-1"),
  police: optionalText("公安机关备案号", 40).refine(format(POLICE), "公安机关备案号格式如 京公网安备 11010502030143号（14 位数字）"),
  phone: optionalText("联系电话", 40).refine(format(/^[\d\s()（）+\-－—转,，、]+$/), "联系电话只能包含数字、空格、括号、连字符和“转”"),
  email: optionalText("电子邮箱", 80).refine((v) => v === undefined || z.email().safeParse(v).success, "电子邮箱格式不正确"),
  address: optionalText("地址", 120),
  // Browsers send a textarea's line breaks as CRLF; stored text uses LF, like the default it is compared with.
  rules: optionalText("政府信息公开制度", 10000).transform((v) => v?.replace(/\r\n?/g, "\n")),
  // The four-eyes rule of the approval (lib/items/mutations.ts): "allow" lets a one-person office approve its own
  // items, and each such 保密审查 record says so. Unset: refused.
  allowSelfApproval: z
    .enum(["", "allow"], { error: "请选择是否允许本人审核" })
    .optional()
    .transform((v) => v || undefined),
});
export type SiteSettingsInput = z.infer<typeof siteSettingsSchema>;
export type SiteField = keyof SiteSettingsInput;

/** The 全国互联网安全管理服务平台 page that shows a 公安机关备案号's record; null when the number has no 14 digits. */
export function policeRecordLink(police: string): string | null {
  const code = police.match(POLICE)?.[1];
  return code ? `https://beian.mps.gov.cn/#/query/webSearch?code=${code}` : null;
}

/** ICP备案号 link to the MIIT register (the 政府网站发展指引 asks for it in the footer). */
export const ICP_LINK = "https://beian.miit.gov.cn/";
