import "server-only";
import { db } from "@/lib/db";

export type PublishedReportRow = { year: number; orgCode: string; orgName: string; versionNo: number; publishedAt: Date };

/** Every published report, newest year first, then by organisation. */
export async function listPublishedReports(): Promise<PublishedReportRow[]> {
  const reports = await db.annualReport.findMany({
    where: { versions: { some: {} } },
    orderBy: [{ year: "desc" }, { org: { name: "asc" } }],
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
