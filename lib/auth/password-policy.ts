import { z } from "zod";

// 等保 2.0 三级 identity controls: passwords of at least 10 characters drawn from at least three of the four
// character classes, and never containing the account's own username. Shared by the forms and the server.
export const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 128;

const CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

export function characterClasses(password: string): number {
  return CLASSES.filter((pattern) => pattern.test(password)).length;
}

export const passwordSchema = z
  .string({ error: "请输入密码" })
  .min(PASSWORD_MIN_LENGTH, `密码至少 ${PASSWORD_MIN_LENGTH} 位`)
  .max(PASSWORD_MAX_LENGTH, `密码不能超过 ${PASSWORD_MAX_LENGTH} 位`)
  .refine((password) => characterClasses(password) >= 3, "密码须包含大写字母、小写字母、数字、符号中的至少三类");

/** The password must not contain the username (case-insensitive), e.g. "Admin@2026x" for admin. */
export function containsUsername(password: string, username: string): boolean {
  const name = username.trim().toLowerCase();
  return name.length > 0 && password.toLowerCase().includes(name);
}

export const PASSWORD_RULES_TEXT = `至少 ${PASSWORD_MIN_LENGTH} 位，包含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名。`;
