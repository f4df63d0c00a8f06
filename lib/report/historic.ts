import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { chinaDayStart, isoDate, todayInChina } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadDraft, organizationDetails, type FrozenReport, type OriginalReport } from "./document";
import { reportYear } from "./formats";
import { reviewDraft } from "./review";
import type { TextParts } from "./text";
import { publicContentChanged } from "@/lib/public-cache/version";

// A report published before the body used this system (on paper, on the old portal) is recorded as it was: its
// own words and sub-headings, and its original publication date, so the public list shows when it really came
// out. Only as the first version — once a report is published here, new versions go through publish.ts.
// No "server-only" marker: the seed records the seed township's 2020 report with it.

export const historicInput = z.object({
  year: reportYear,
  publishedOn: isoDate.refine((date) => date <= todayInChina(), "原发布日期不能晚于今天"),
  reason: z.string({ error: "请写明补录原因" }).trim().min(4, "请写明补录原因（至少 4 个字）").max(500, "补录原因不能超过500个字"),
});
export type HistoricInput = z.infer<typeof historicInput>;

/** What the original says in its own way; absent, the saved draft's prose is recorded with the format's headings. */
export type OriginalText = { parts: TextParts; headings: OriginalReport["headings"]; overviewLead: string };

export async function recordHistoricPublication(user: SessionUser, input: HistoricInput, text?: OriginalText) {
  if (!user.orgId) throw new DomainError("您的账号不属于任何机构，无法登记年度报告。");
  if (input.publishedOn <= `${input.year}-12-31`) {
    throw new DomainError(`${input.year} 年的报告应在 ${input.year + 1} 年发布，请核对原发布日期。`, { publishedOn: ["原发布日期应晚于报告年度"] });
  }
  const draft = await loadDraft({ id: user.orgId }, input.year);
  if (!draft) throw new DomainError("机构不存在。");
  const parts = text?.parts ?? draft.parts;
  const { checks } = reviewDraft({ ...draft, parts });
  const original: OriginalReport = { headings: text?.headings ?? {}, overviewLead: text?.overviewLead ?? "", publishedOn: input.publishedOn, reason: input.reason };
  const publisher = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, username: true, name: true } });
  const publishedAt = chinaDayStart(input.publishedOn);
  return db.$transaction(async (tx) => {
    const existing = await tx.annualReport.findUnique({
      where: { orgId_year: { orgId: user.orgId!, year: input.year } },
      select: { id: true, _count: { select: { versions: true } } },
    });
    if (existing && existing._count.versions > 0) throw new DomainError("该年度报告已在本系统发布过，不能再按原样补录；请发布新版本。");
    const sections = JSON.stringify({ parts, explanations: draft.explanations });
    const row = existing
      ? await tx.annualReport.update({ where: { id: existing.id }, data: { sections, status: "published", version: { increment: 1 } }, select: { id: true } })
      : await tx.annualReport.create({
          data: { orgId: user.orgId!, year: input.year, format: draft.report.format, sections, status: "published" },
          select: { id: true },
        });
    const content: FrozenReport = {
      ...draft.report,
      organization: organizationDetails(draft.organization),
      parts,
      explanations: draft.explanations,
      extraChecks: checks.filter((c) => !draft.report.checks.includes(c)),
      overrides: [],
      fees: draft.fees,
      versionNo: 1,
      publishedAt: publishedAt.toISOString(),
      publishedBy: publisher,
      original,
    };
    const version = await tx.reportVersion.create({
      data: { reportId: row.id, versionNo: 1, content: JSON.stringify(content), publishedById: user.id, publishedAt },
      select: { id: true },
    });
    await publicContentChanged(tx);
    await audit(
      user,
      { action: "report.publish_historic", entity: "ReportVersion", entityId: version.id, orgId: user.orgId, after: { year: input.year, publishedOn: input.publishedOn, reason: input.reason } },
      tx,
    );
    return { versionNo: 1 };
  });
}
