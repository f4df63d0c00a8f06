import { z } from "zod";
import { isIsoDate } from "@/lib/dates";

// Free text typed by the public or by clerks. React escapes everything it renders, but markup has no business in
// a name or a description, and rejecting it keeps stored records clean for exports and printed replies.
const MARKUP = /<\s*\/?\s*[a-zA-Z!?]/;
// Control characters other than tab and line breaks (they break exports and can hide text).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function checkedText(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .refine((value) => !MARKUP.test(value), `${label}不能包含 HTML 标签或脚本代码（如 <script>）`)
    .refine((value) => !CONTROL.test(value), `${label}含有不可见的控制字符`);
}

/** A required text field: trimmed, at most `max` characters, no markup or control characters. */
export function requiredText(label: string, max: number) {
  return checkedText(label, max).min(1, `请填写${label}`);
}

/** An optional text field: an empty or absent value becomes undefined. */
export function optionalText(label: string, max: number) {
  return checkedText(label, max)
    .transform((value) => (value ? value : undefined))
    .optional();
}

/** A required calendar date (YYYY-MM-DD) with a Chinese message naming the field. */
export function requiredDate(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .refine(isIsoDate, `${label}不是有效日期（格式：YYYY-MM-DD）`);
}

/** An optional calendar date: empty or absent becomes undefined. */
export function optionalDate(label: string) {
  return z
    .string()
    .trim()
    .refine((value) => !value || isIsoDate(value), `${label}不是有效日期（格式：YYYY-MM-DD）`)
    .transform((value) => (value ? value : undefined))
    .optional();
}

/** A choice from a code set, with a Chinese message when nothing (or something unknown) was chosen. */
export function choice<C extends string>(codes: readonly [C, ...C[]], label: string) {
  return z.enum(codes, { error: `请选择${label}` });
}
