import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { orgScope } from "@/lib/permissions";
import { requestIp } from "@/lib/client-ip";
import { chinaDayStart, formatChinaTime, isoDate } from "@/lib/dates";

export type AuditEntry = {
  action: string;
  entity?: string;
  entityId?: string;
  orgId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

/**
 * Appends one audit record. There is deliberately no function that updates or deletes audit records.
 * Without an explicit `ip` the current request's client address is recorded (null in scripts).
 */
export async function audit(
  actor: Pick<SessionUser, "id" | "username"> | null,
  entry: AuditEntry,
  tx: Prisma.TransactionClient = db,
) {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actor: actor?.username ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId: entry.entityId ?? null,
      orgId: entry.orgId ?? null,
      ip: entry.ip !== undefined ? entry.ip : await requestIp(),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}

const optionalText = z.string().trim().max(64, "不能超过 64 个字符").optional().transform((v) => v || undefined);
const optionalDate = z.union([z.literal(""), isoDate]).optional().transform((v) => v || undefined);

/** The audit log filter of /admin/audit and its CSV export (query string parameters). */
export const auditFilterSchema = z
  .object({ action: optionalText, actor: optionalText, from: optionalDate, to: optionalDate })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "结束日期不能早于开始日期" });
export type AuditFilter = Partial<z.infer<typeof auditFilterSchema>>;

function auditWhere(user: SessionUser, filter: AuditFilter): Prisma.AuditLogWhereInput {
  const scope = orgScope(user);
  const at: Prisma.DateTimeFilter = {};
  if (filter.from) at.gte = chinaDayStart(filter.from);
  if (filter.to) at.lt = new Date(chinaDayStart(filter.to).getTime() + 86400_000);
  return {
    ...(scope !== null ? { orgId: scope } : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.actor ? { actor: filter.actor } : {}),
    ...(filter.from || filter.to ? { at } : {}),
  };
}

/** Newest first; an administrator of one organisation sees only that organisation's entries. */
export function listAuditLog(user: SessionUser, filter: AuditFilter, take = 200) {
  return db.auditLog.findMany({ where: auditWhere(user, filter), orderBy: [{ at: "desc" }, { id: "desc" }], take });
}

export const AUDIT_CSV_HEADERS = ["时间", "操作人", "IP", "操作", "对象", "对象编号", "机构编号", "修改前", "修改后"];

/** One CSV cell. A leading = + - @ is neutralised so a spreadsheet never runs a logged value as a formula. */
export function csvCell(value: string | null): string {
  const text = value ?? "";
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function auditCsv(rows: Awaited<ReturnType<typeof listAuditLog>>): string {
  const lines = rows.map((e) =>
    [formatChinaTime(e.at), e.actor, e.ip, e.action, e.entity, e.entityId, e.orgId, e.before, e.after].map(csvCell).join(","),
  );
  // The byte order mark makes Excel and WPS read the file as UTF-8.
  return `\uFEFF${[AUDIT_CSV_HEADERS.join(","), ...lines].join("\r\n")}\r\n`;
}
