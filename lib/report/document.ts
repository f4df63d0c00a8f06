import { z } from "zod";
import { db } from "@/lib/db";
import { buildReportWithPrevious, type YearTables } from "./build";
import { feesCollected } from "./queries";
import { defaultDraft, TEXT_PART_KEYS, type FigureData, type TextPartKey, type TextParts } from "./text";
import type { Check, ReportJson } from "./types";
import { ORGANIZATION_FIELDS } from "@/lib/organizations/fields";

// Loading a report as a document — tables, prose and status — for the supervisor's page, the public page, the
// route handlers and the command line. No "server-only" marker: scripts/report.ts runs this outside Next.

export type ReportOrganization = {
  id: string;
  code: string;
  name: string;
  officeName: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
};

/** AnnualReport.sections: the prose as last saved, and the explanations of large year-over-year changes. */
const sectionsSchema = z.object({
  parts: z.partialRecord(z.enum(TEXT_PART_KEYS), z.string()).default({}),
  explanations: z.record(z.string(), z.string()).default({}),
});
export type ReportSections = { parts: TextParts; explanations: Record<string, string> };

export function parseSections(json: string): { parts: Partial<TextParts>; explanations: Record<string, string> } {
  const parsed = sectionsSchema.safeParse(JSON.parse(json || "{}"));
  return parsed.success ? parsed.data : { parts: {}, explanations: {} };
}

export type Override = { code: string; reason: string };

/**
 * A report published before this system, recorded as it was (lib/report/historic.ts): its own sub-headings in
 * place of the format's (an empty heading prints none), the words under 一、总体情况 before its first sub-item,
 * the original publication date and why it was recorded later.
 */
export type OriginalReport = {
  headings: Partial<Record<TextPartKey, string>>;
  overviewLead: string;
  publishedOn: string;
  reason: string;
};

/** ReportVersion.content: the report JSON (so the next year's cross-year checks can read it) plus what was published. */
export type FrozenReport = ReportJson & {
  organization: Omit<ReportOrganization, "id">;
  parts: TextParts;
  explanations: Record<string, string>;
  /** Checks of the prose and of the year-over-year comparison at publication; the table checks are `checks`. */
  extraChecks: Check[];
  overrides: Override[];
  fees: NonNullable<FigureData["fees"]>;
  versionNo: number;
  publishedAt: string;
  publishedBy: { id: string; username: string; name: string };
  original?: OriginalReport;
};

export type ReportStatus =
  | { kind: "draft" }
  | { kind: "published"; versionNo: number; publishedAt: string; publishedBy: string };

/** What every writer (web page, DOCX, XLSX, HTML, CSV, JSON) draws. */
export type ReportDocument = {
  organization: Omit<ReportOrganization, "id">;
  report: ReportJson;
  parts: TextParts;
  status: ReportStatus;
  original?: OriginalReport;
};

export type Draft = {
  organization: ReportOrganization;
  report: ReportJson;
  previous: YearTables;
  fees: NonNullable<FigureData["fees"]>;
  parts: TextParts;
  explanations: Record<string, string>;
  /** The stored AnnualReport row; null until the supervisor first saves or publishes. */
  stored: { id: string; version: number; status: string } | null;
};

/** The current draft: tables computed now, the prose as saved (the default draft for parts never saved). */
export async function loadDraft(org: { code: string } | { id: string }, year: number): Promise<Draft | null> {
  const organization = await db.organization.findUnique({ where: org, select: ORGANIZATION_FIELDS });
  if (!organization) return null;
  const [built, fees, stored] = await Promise.all([
    buildReportWithPrevious(organization.code, year),
    feesCollected(organization.id, year),
    db.annualReport.findUnique({
      where: { orgId_year: { orgId: organization.id, year } },
      select: { id: true, version: true, status: true, sections: true },
    }),
  ]);
  if (!built) return null;
  const { report, previous } = built;
  const sections = stored ? parseSections(stored.sections) : { parts: {}, explanations: {} };
  const parts = { ...defaultDraft({ year, organization, data: { ...report, fees } }), ...sections.parts };
  return {
    organization,
    report,
    previous,
    fees,
    parts,
    explanations: sections.explanations,
    stored: stored && { id: stored.id, version: stored.version, status: stored.status },
  };
}

/** The organisation as printed in a report (its database id stays out of published content). */
export function organizationDetails(org: ReportOrganization): Omit<ReportOrganization, "id"> {
  const { code, name, officeName, address, postcode, phone, email, website } = org;
  return { code, name, officeName, address, postcode, phone, email, website };
}

export function draftDocument(draft: Draft): ReportDocument {
  return { organization: organizationDetails(draft.organization), report: draft.report, parts: draft.parts, status: { kind: "draft" } };
}

/** A published version (the latest when versionNo is absent); null when there is none. */
export async function loadPublished(orgCode: string, year: number, versionNo?: number): Promise<FrozenReport | null> {
  const version = await db.reportVersion.findFirst({
    where: { report: { org: { code: orgCode }, year }, ...(versionNo === undefined ? {} : { versionNo }) },
    orderBy: { versionNo: "desc" },
    select: { content: true },
  });
  return version ? (JSON.parse(version.content) as FrozenReport) : null;
}

/** The report JSON part of a frozen version (what the interchange contract's report JSON holds). */
export function reportOf(frozen: ReportJson): ReportJson {
  const { org, year, format, proactive, requests, appeals, summary, checks } = frozen;
  return { org, year, format, proactive, requests, appeals, summary, checks };
}

export function publishedDocument(frozen: FrozenReport): ReportDocument {
  return {
    organization: frozen.organization,
    report: reportOf(frozen),
    parts: frozen.parts,
    original: frozen.original,
    status: {
      kind: "published",
      versionNo: frozen.versionNo,
      publishedAt: frozen.publishedAt,
      publishedBy: frozen.publishedBy.name,
    },
  };
}
