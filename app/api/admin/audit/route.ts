import { audit, auditCsv, auditFilterSchema, listAuditLog } from "@/lib/audit";
import { todayInChina } from "@/lib/dates";
import { DomainError } from "@/lib/errors";
import { apiRoute } from "@/lib/route";

/** The most rows one export holds; narrow the filter for more. */
const EXPORT_LIMIT = 10_000;

/** The filtered audit log as CSV (等保: audit records can be exported for analysis); the export is audited too. */
export const GET = apiRoute("audit.view", async (request, user) => {
  const parsed = auditFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new DomainError(parsed.error.issues.map((i) => i.message).join("；"));
  const rows = await listAuditLog(user, parsed.data, EXPORT_LIMIT);
  await audit(user, { action: "audit.export", entity: "AuditLog", orgId: user.orgId, after: { filter: parsed.data, rows: rows.length } });
  return new Response(auditCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${todayInChina()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
