import { z } from "zod";

// Hostile values for input tests: what a careless or malicious client can put in any form field.
export const HOSTILE_VALUES: { label: string; value: string | File | string[] }[] = [
  { label: "empty", value: "" },
  { label: "blank", value: "   \t\n" },
  { label: "huge (100 000 characters)", value: "长".repeat(100_000) },
  { label: "script injection", value: `<script>alert(document.cookie)</script><img src=x onerror=alert(1)>` },
  { label: "SQL injection", value: `' OR '1'='1'; DROP TABLE "User"; --` },
  { label: "path traversal", value: "../../../../etc/passwd" },
  { label: "Windows path traversal", value: "..\\..\\windows\\win.ini" },
  { label: "NUL and control characters", value: "a\u0000b\u0007c\u001b[2J" },
  { label: "right-to-left override", value: "\u202Efdp.exe" },
  { label: "zero-width characters", value: "ad\u200Bmin\uFEFF" },
  { label: "lone surrogate", value: "\uD800" },
  { label: "astral characters (𠮷, emoji)", value: "𠮷野家😀" },
  { label: "not a number", value: "NaN" },
  { label: "huge number", value: "1e309" },
  { label: "negative number", value: "-1" },
  { label: "prototype key", value: "__proto__" },
  { label: "a field sent twice", value: ["a", "b"] },
  { label: "a file instead of text", value: new File(["%PDF-1.4"], "../../evil.pdf", { type: "application/pdf" }) },
];

/** The field names of a zod object schema (refined or not), or [] for other schemas. */
export function fieldsOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  // A union of forms (e.g. 公民 / 法人 applications): every field any branch reads.
  if (schema instanceof z.ZodUnion) return [...new Set(schema.options.flatMap((option) => fieldsOf(option as z.ZodType)))];
  if (schema instanceof z.ZodPipe) return fieldsOf(schema.in as z.ZodType);
  return [];
}

export function formOf(fields: Record<string, string | File | string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) form.append(key, one);
  }
  return form;
}
