import "server-only";
import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/roles";
import { DomainError, NotFoundError, prismaErrorCode } from "@/lib/errors";
import { DENIAL_MESSAGES, denial, type Permission } from "@/lib/permissions";
import { fieldErrorsOf } from "@/lib/validation";

export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** FormData → plain object; a key sent several times (checkboxes) becomes an array. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    // Next's own fields, and names that would reach an object's prototype rather than a property.
    if (key.startsWith("$ACTION") || key === "__proto__" || key === "constructor" || key === "prototype") continue;
    const values = form.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

/**
 * The one shape of every server action: session → permission → zod → logic → typed result.
 * Domain errors (ConflictError included) and NotFoundError become their message; anything unexpected is logged and shown as a generic message.
 */
export function action<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  run: (input: z.infer<S>, user: SessionUser) => Promise<T>,
) {
  const serverAction = async (_previous: unknown, form: FormData): Promise<ActionResult<T>> => {
    const user = await currentUser();
    const denied = denial(user, permission);
    if (denied || !user) return { ok: false, message: DENIAL_MESSAGES[denied ?? "signed_out"] };
    return parseAndRun(schema, form, (input) => run(input, user));
  };
  // The permission and schema travel with the action, for the tests that probe every action generically.
  return Object.assign(serverAction, { permission, schema });
}

/**
 * The same shape for the few actions anyone may call without signing in (the public application and tracking
 * forms). They must limit themselves: rate limits, no data beyond what the caller proves a right to.
 */
export function publicAction<S extends z.ZodType, T>(schema: S, run: (input: z.infer<S>) => Promise<T>) {
  const serverAction = async (_previous: unknown, form: FormData): Promise<ActionResult<T>> => parseAndRun(schema, form, run);
  return Object.assign(serverAction, { permission: null, schema });
}

async function parseAndRun<S extends z.ZodType, T>(
  schema: S,
  form: FormData,
  run: (input: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  // A hand-made request can send any serialisable value instead of a form.
  if (!(form instanceof FormData)) return { ok: false, message: "提交的内容有误，请从页面上的表单提交。" };
  const parsed = schema.safeParse(formDataToObject(form));
  if (!parsed.success) return { ok: false, message: "提交的内容有误，请按提示修改。", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof NotFoundError) return { ok: false, message: error.message };
    if (prismaErrorCode(error) === "P2002") return { ok: false, message: "记录已存在（编号重复），未保存。" };
    if (prismaErrorCode(error) === "P2025") return { ok: false, message: "记录不存在或已被修改，请刷新后重试。" };
    console.error("server action failed", error);
    return { ok: false, message: "系统出错，操作未完成。请稍后重试或联系管理员。" };
  }
}
