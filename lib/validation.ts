import { z } from "zod";
import { isIsoDate } from "@/lib/dates";

// Zod's own messages (for checks a schema gives no message of its own) in Chinese, for every schema parsed at
// a boundary: lib/action.ts and lib/route.ts import this module, so no user ever sees an English message.
z.config(z.locales.zhCN());

/** zod issues → { "field.path": [messages] }; issues about the whole input go under "_form". */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

// Characters no form field needs: C0 controls other than tab and line breaks, DEL, and the bidirectional
// overrides that make "exe.pdf" read as "fdp.exe".
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/** True for text that is valid Unicode (no lone surrogates, which UTF-8 storage would silently alter) and free of FORBIDDEN. */
export function isPlainText(value: string): boolean {
  return value.isWellFormed() && !FORBIDDEN.test(value);
}

/** A text field: trimmed, required unless `min` is 0, at most `max` characters, plain text only. */
export function plainText(label: string, max: number, min = 1) {
  return z
    .string({ error: `请输入${label}` })
    .trim()
    .min(min, `请输入${label}`)
    .max(max, `${label}不能超过 ${max} 个字`)
    .refine(isPlainText, `${label}含有不允许的控制字符或无效字符`);
}


// Free text typed by the public or by clerks. React escapes everything it renders, but markup has no business in
// a name or a description, and rejecting it keeps stored records clean for exports and printed replies.
const MARKUP = /<\s*\/?\s*[a-zA-Z!?]/;

function checkedText(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .refine((value) => !MARKUP.test(value), `${label}不能包含 HTML 标签或脚本代码（如 <script>）`)
    .refine(isPlainText, `${label}含有不允许的控制字符或无效字符`);
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
