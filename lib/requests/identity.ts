import { isIsoDate } from "@/lib/dates";
import { codesOf, type CodeSet } from "@/lib/labels";

/** 证件名称 a citizen may prove identity with (条例第二十九条（一）身份证明). */
export const ID_TYPES = {
  resident_id: "居民身份证",
  passport: "护照",
  hk_macao_permit: "港澳居民来往内地通行证",
  taiwan_permit: "台湾居民来往大陆通行证",
  foreign_permanent_id: "外国人永久居留身份证",
  other: "其他证件",
} as const satisfies CodeSet<string>;
export type IdType = keyof typeof ID_TYPES;
export const idTypeCodes = codesOf(ID_TYPES);

// GB 11643-1999: weights of the first 17 digits and the check character for (sum mod 11).
const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_CHECK = "10X98765432";

/** 18-digit 居民身份证号码: 6-digit area, a real birth date, 3-digit serial, the GB 11643 check character. */
export function isResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth < "1900-01-01") return false;
  const sum = RESIDENT_WEIGHTS.reduce((acc, weight, i) => acc + Number(value[i]) * weight, 0);
  return RESIDENT_CHECK[sum % 11] === value[17];
}

// GB 32100-2015: the 31 characters of 统一社会信用代码 (no I, O, S, V, Z) and the weights of the first 17.
const CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 18-character 统一社会信用代码 with its GB 32100 check character. */
export function isCreditCode(value: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) return false;
  const sum = CREDIT_WEIGHTS.reduce((acc, weight, i) => acc + CREDIT_CHARS.indexOf(value[i]) * weight, 0);
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CHARS[check] === value[17];
}

/** Shape checks per 证件名称; the message says what a valid number looks like. */
const ID_RULES: Record<IdType, { test: (value: string) => boolean; message: string }> = {
  resident_id: { test: isResidentIdNumber, message: "居民身份证号码应为18位，且出生日期和最后一位校验码正确" },
  passport: { test: (v) => /^[A-Z0-9]{5,17}$/.test(v), message: "护照号码应为5至17位字母或数字" },
  hk_macao_permit: { test: (v) => /^[HM]\d{8}(\d{2})?$/.test(v), message: "港澳居民来往内地通行证号码应为H或M开头加8位或10位数字" },
  taiwan_permit: { test: (v) => /^\d{8}(\d{2})?$/.test(v), message: "台湾居民来往大陆通行证号码应为8位或10位数字" },
  foreign_permanent_id: {
    test: (v) => /^[A-Z]{3}\d{12}$/.test(v) || (v.startsWith("9") && /^\d{17}[\dX]$/.test(v)),
    message: "外国人永久居留身份证号码应为3位字母加12位数字（旧版）或以9开头的18位号码（新版）",
  },
  other: { test: (v) => /^[A-Za-z0-9-]{4,30}$/.test(v), message: "证件号码应为4至30位字母、数字或连字符" },
};

/** null when the number fits the 证件名称, otherwise the Chinese message to show next to the field. */
export function idNumberProblem(type: IdType, value: string): string | null {
  const rule = ID_RULES[type];
  return rule.test(value) ? null : rule.message;
}
