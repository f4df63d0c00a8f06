import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { todayInChina } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { can, canAccessOrg } from "@/lib/permissions";
import { driftCells, type DriftCell } from "./compare";
import { loadDraft, reportOf, type Draft, type FrozenReport } from "./document";
import { formatForYear, type ReportFormat } from "./formats";
import { reviewDraft, type Review } from "./review";

// Reads for the supervisor's report pages, always limited to the user's own organisation.

export function currentYear(): number {
  return Number(todayInChina().slice(0, 4));
}

export type ReportYearRow = {
  year: number;
  format: ReportFormat;
  status: "none" | "draft" | "published";
  versionNo: number | null;
  publishedAt: Date | null;
};

/** Every year from the organisation's first record to this year, newest first, with the report's status. */
export async function listReportYears(orgId: string): Promise<ReportYearRow[]> {
  const [items, requests, appeals, reports] = await Promise.all([
    db.item.aggregate({ where: { orgId }, _min: { createdOn: true } }),
    db.disclosureRequest.aggregate({ where: { orgId }, _min: { receivedOn: true } }),
    db.appeal.aggregate({ where: { orgId }, _min: { filedOn: true } }),
    db.annualReport.findMany({
      where: { orgId },
      select: { year: true, status: true, versions: { orderBy: { versionNo: "desc" }, take: 1, select: { versionNo: true, publishedAt: true } } },
    }),
  ]);
  const last = currentYear();
  const firsts = [items._min.createdOn, requests._min.receivedOn, appeals._min.filedOn, ...reports.map((r) => String(r.year))]
    .filter((d): d is string => d !== null)
    .map((d) => Number(d.slice(0, 4)));
  const first = Math.min(last, ...firsts);
  const byYear = new Map(reports.map((r) => [r.year, r]));
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const year = last - i;
    const report = byYear.get(year);
    const latest = report?.versions[0];
    return {
      year,
      format: formatForYear(year),
      status: !report ? "none" : latest ? "published" : "draft",
      versionNo: latest?.versionNo ?? null,
      publishedAt: latest?.publishedAt ?? null,
    };
  });
}

export type VersionRow = Pick<FrozenReport, "versionNo" | "publishedAt" | "publishedBy" | "overrides">;

export type Workspace = Draft &
  Review & {
    versions: VersionRow[];
    latest: FrozenReport | null;
    /** A report recorded as originally published keeps its own headings in the draft too. */
    original?: FrozenReport["original"];
    /** Cells whose records changed after the latest publication. */
    drift: DriftCell[];
    /** The prose differs from the latest published version. */
    textChanged: boolean;
  };

/** The draft of the user's own organisation; a user without one has no report. */
export async function ownDraft(user: SessionUser, year: number): Promise<Draft> {
  if (!user.orgId) throw new DomainError("您的账号不属于任何机构，无法编辑年度报告。");
  const draft = await loadDraft({ id: user.orgId }, year);
  if (!draft) throw new DomainError("机构不存在。");
  return draft;
}

/** A draft for download: only for a user who edits reports, and only of their own organisation. */
export async function draftForUser(user: SessionUser | null, orgCode: string, year: number): Promise<Draft | null> {
  if (!can(user, "report.edit")) return null;
  const draft = await loadDraft({ code: orgCode }, year);
  return draft && canAccessOrg(user, draft.organization.id) ? draft : null;
}

/** Everything the report page shows for one year of the user's organisation. */
export async function reportWorkspace(user: SessionUser, year: number): Promise<Workspace> {
  const draft = await ownDraft(user, year);
  const stored = draft.stored
    ? await db.reportVersion.findMany({ where: { reportId: draft.stored.id }, orderBy: { versionNo: "desc" }, select: { content: true } })
    : [];
  const frozen = stored.map((v) => JSON.parse(v.content) as FrozenReport);
  const latest = frozen[0] ?? null;
  return {
    ...draft,
    ...reviewDraft(draft),
    versions: frozen.map(({ versionNo, publishedAt, publishedBy, overrides }) => ({ versionNo, publishedAt, publishedBy, overrides })),
    latest,
    original: latest?.original,
    drift: latest ? driftCells(reportOf(latest), draft.report) : [],
    textChanged: latest !== null && JSON.stringify(latest.parts) !== JSON.stringify(draft.parts),
  };
}
