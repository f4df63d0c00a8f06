import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { lenient, orgCodeParam, type SearchParams } from "@/lib/items/filters";

export type PublishedReportRow = { year: number; orgCode: string; orgName: string; versionNo: number; publishedAt: Date };

/** At most this many reports on a page of the list (a province publishes thousands a year). */
export const REPORT_LIST_LIMIT = 200;

const reportListSchema = z.object({
  org: orgCodeParam,
  year: lenient(z.coerce.number().int().min(2008).max(2100)),
  q: lenient(z.string().max(50)),
});
export type ReportListFilter = z.infer<typeof reportListSchema>;

export function parseReportListQuery(params: SearchParams): ReportListFilter {
  return reportListSchema.parse(params);
}

/** Published reports, newest year first, then by organisation: one body's, one year's, or those whose body's name matches q. */
export async function listPublishedReports(filter: ReportListFilter = {}): Promise<PublishedReportRow[]> {
  const reports = await db.annualReport.findMany({
    where: {
      versions: { some: {} },
      ...(filter.year ? { year: filter.year } : {}),
      ...(filter.org || filter.q ? { org: { ...(filter.org ? { code: filter.org } : {}), ...(filter.q ? { name: { contains: filter.q } } : {}) } } : {}),
    },
    orderBy: [{ year: "desc" }, { org: { name: "asc" } }],
    take: REPORT_LIST_LIMIT + 1,
    select: {
      year: true,
      org: { select: { code: true, name: true } },
      versions: { orderBy: { versionNo: "desc" }, take: 1, select: { versionNo: true, publishedAt: true } },
    },
  });
  return reports.map((r) => ({
    year: r.year,
    orgCode: r.org.code,
    orgName: r.org.name,
    versionNo: r.versions[0].versionNo,
    publishedAt: r.versions[0].publishedAt,
  }));
}

/** The years with at least one published report, newest first. */
export async function publishedReportYears(): Promise<number[]> {
  const rows = await db.annualReport.findMany({
    where: { versions: { some: {} } },
    distinct: ["year"],
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return rows.map((r) => r.year);
}
