import { z } from "zod";
import { isPlainText, plainText, recordId } from "@/lib/validation";
import { containsUsername, passwordSchema } from "./password-policy";
import { ROLES, type Role } from "./roles";

// The account forms' schemas, shared by the client forms and the server actions.

const roleCodes = Object.keys(ROLES) as [Role, ...Role[]];

export const usernameSchema = z
  .string({ error: "请输入用户名" })
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, "用户名为 3–32 位小写字母、数字或 . _ -，以字母或数字开头");

const id = recordId();
const version = z.coerce.number({ error: "缺少版本号" }).int().positive();
const name = plainText("姓名", 50);
const role = z.enum(roleCodes, { error: "请选择角色" });
/** "" from the select means "no organisation" (a platform-wide administrator). */
const orgId = z
  .string()
  .max(64)
  .refine(isPlainText, "机构编号无效")
  .optional()
  .transform((value) => (value ? value : null));
const confirm = z.string({ error: "请再次输入密码" });

type Assignment = { role: Role; orgId: string | null };
/** Clerks and supervisors belong to an organisation; only an administrator may be platform-wide. */
function requireOrgUnlessAdmin(value: Assignment, ctx: z.RefinementCtx) {
  if (value.role !== "ADMIN" && !value.orgId) ctx.addIssue({ code: "custom", path: ["orgId"], message: "除管理员外，账号必须属于一个机构" });
}

function requireConfirmed(value: { password: string; confirm: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "两次输入的密码不一致" });
}

export const createUserSchema = z
  .object({ username: usernameSchema, name, role, orgId, password: passwordSchema, confirm })
  .superRefine((value, ctx) => {
    requireOrgUnlessAdmin(value, ctx);
    requireConfirmed(value, ctx);
    if (containsUsername(value.password, value.username))
      ctx.addIssue({ code: "custom", path: ["password"], message: "密码不能包含用户名" });
  });

export const updateUserSchema = z.object({ id, version, name, role, orgId }).superRefine(requireOrgUnlessAdmin);

export const setUserActiveSchema = z.object({ id, version, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const resetPasswordSchema = z.object({ id, version, password: passwordSchema, confirm }).superRefine(requireConfirmed);

export const changePasswordSchema = z
  .object({ current: z.string({ error: "请输入当前密码" }).min(1, "请输入当前密码").max(256), password: passwordSchema, confirm })
  .superRefine(requireConfirmed);
