import { z } from "zod";

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
