import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ConflictError, DomainError, prismaErrorCode } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownDraft } from "./admin";
import { reportYear } from "./formats";
import { organizationDetails, type Draft, type FrozenReport, type Override, type ReportSections } from "./document";
import { reviewDraft } from "./review";
import { refreshFigures, TEXT_PART_KEYS, type TextParts } from "./text";
import { publicContentChanged } from "@/lib/public-cache/version";

// Saving the prose and publishing. Every write checks AnnualReport.version (optimistic locking: the form carries
// the version it was rendered from; 0 when the report has never been saved) and is audited in its transaction.

const MAX_PART = 20_000;
const OVERRIDE_MIN_LENGTH = 4;

/** Writes the sections if the report is still at `expected`; returns the row id and the new version. */
async function writeSections(
  tx: Prisma.TransactionClient,
  draft: Draft,
  expected: number,
  sections: ReportSections,
  status?: "published",
): Promise<{ id: string; version: number }> {
  const json = JSON.stringify(sections);
  if (!draft.stored) {
    if (expected !== 0) throw new ConflictError();
    const created = await tx.annualReport.create({
      data: { orgId: draft.organization.id, year: draft.report.year, format: draft.report.format, sections: json, status: status ?? "draft" },
      select: { id: true, version: true },
    });
    return created;
  }
  const updated = await tx.annualReport.updateMany({
    where: { id: draft.stored.id, version: expected },
    data: { sections: json, version: { increment: 1 }, ...(status ? { status } : {}) },
  });
  if (updated.count === 0) throw new ConflictError();
  return { id: draft.stored.id, version: expected + 1 };
}

/** Runs a write; a concurrent first save of the same report (unique org + year) is a conflict, not a crash. */
async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") throw new ConflictError();
    throw error;
  }
}

export const saveTextInput = z.object({
  year: reportYear,
  version: z.coerce.number().int().min(0),
  ...(Object.fromEntries(TEXT_PART_KEYS.map((key) => [key, z.string().trim().max(MAX_PART, `不能超过 ${MAX_PART} 字`)])) as Record<
    keyof TextParts,
    z.ZodString
  >),
});

export async function saveText(user: SessionUser, input: z.infer<typeof saveTextInput>) {
  const draft = await ownDraft(user, input.year);
  const parts = Object.fromEntries(TEXT_PART_KEYS.map((key) => [key, input[key]])) as TextParts;
  return guarded(() =>
    db.$transaction(async (tx) => {
      const row = await writeSections(tx, draft, input.version, { parts, explanations: draft.explanations });
      await audit(user, { action: "report.save_text", entity: "AnnualReport", entityId: row.id, orgId: user.orgId, before: draft.parts, after: parts }, tx);
      return row;
    }),
  );
}

export const refreshInput = z.object({ year: reportYear, version: z.coerce.number().int().min(0) });

/** Rewrites every figure in the prose with the current data. */
export async function refreshTextFigures(user: SessionUser, input: z.infer<typeof refreshInput>) {
  const draft = await ownDraft(user, input.year);
  const data = { ...draft.report, fees: draft.fees };
  const parts = Object.fromEntries(TEXT_PART_KEYS.map((key) => [key, refreshFigures(draft.parts[key], data)])) as TextParts;
  return guarded(() =>
    db.$transaction(async (tx) => {
      const row = await writeSections(tx, draft, input.version, { parts, explanations: draft.explanations });
      await audit(user, { action: "report.refresh_figures", entity: "AnnualReport", entityId: row.id, orgId: user.orgId, before: draft.parts, after: parts }, tx);
      return row;
    }),
  );
}

/** Form fields named "explain.<figure path>" / "override.<check code>" → { path: text }. */
export function prefixed(form: Record<string, unknown>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(form)
      .filter(([key, value]) => key.startsWith(prefix) && typeof value === "string")
      .map(([key, value]) => [key.slice(prefix.length), (value as string).trim()]),
  );
}

export const explanationsInput = z.looseObject({ year: reportYear, version: z.coerce.number().int().min(0) });

export async function saveExplanations(user: SessionUser, input: z.infer<typeof explanationsInput>) {
  const draft = await ownDraft(user, input.year);
  const explanations = Object.fromEntries(Object.entries(prefixed(input, "explain.")).filter(([, text]) => text.length > 0));
  const tooLong = Object.entries(explanations).filter(([, text]) => text.length > 2000);
  if (tooLong.length > 0) {
    throw new DomainError("说明过长。", Object.fromEntries(tooLong.map(([path]) => [`explain.${path}`, ["不能超过 2000 字"]])));
  }
  return guarded(() =>
    db.$transaction(async (tx) => {
      const row = await writeSections(tx, draft, input.version, { parts: draft.parts, explanations });
      await audit(user, { action: "report.save_explanations", entity: "AnnualReport", entityId: row.id, orgId: user.orgId, before: draft.explanations, after: explanations }, tx);
      return row;
    }),
  );
}

export const publishInput = explanationsInput;

/**
 * Freezes the current draft as a new published version. Every failing error-level check needs a written reason
 * (field "override.<code>"); the reasons are kept with the version. Earlier versions are never changed.
 */
export async function publish(user: SessionUser, input: z.infer<typeof publishInput>) {
  const draft = await ownDraft(user, input.year);
  const { checks, blocking } = reviewDraft(draft);
  const reasons = prefixed(input, "override.");
  const missing = blocking.filter((check) => (reasons[check.code] ?? "").length < OVERRIDE_MIN_LENGTH);
  if (missing.length > 0) {
    throw new DomainError(
      "有未通过的检查：请先修正，或逐项填写覆盖理由后再发布。",
      Object.fromEntries(missing.map((c) => [`override.${c.code}`, [`请填写覆盖理由（至少 ${OVERRIDE_MIN_LENGTH} 个字）`]])),
    );
  }
  const overrides: Override[] = blocking.map((check) => ({ code: check.code, reason: reasons[check.code] }));
  const publisher = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, username: true, name: true } });
  return guarded(() =>
    db.$transaction(async (tx) => {
      const row = await writeSections(tx, draft, input.version, { parts: draft.parts, explanations: draft.explanations }, "published");
      const last = await tx.reportVersion.findFirst({ where: { reportId: row.id }, orderBy: { versionNo: "desc" }, select: { versionNo: true, content: true } });
      const versionNo = (last?.versionNo ?? 0) + 1;
      // A report recorded as originally published keeps its own headings in every later version.
      const original = last ? (JSON.parse(last.content) as FrozenReport).original : undefined;
      const publishedAt = new Date();
      const content: FrozenReport = {
        ...draft.report,
        organization: organizationDetails(draft.organization),
        parts: draft.parts,
        explanations: draft.explanations,
        extraChecks: checks.filter((c) => !draft.report.checks.includes(c)),
        overrides,
        fees: draft.fees,
        versionNo,
        publishedAt: publishedAt.toISOString(),
        publishedBy: publisher,
        ...(original ? { original } : {}),
      };
      const version = await tx.reportVersion.create({
        data: { reportId: row.id, versionNo, content: JSON.stringify(content), publishedById: user.id, publishedAt },
        select: { id: true },
      });
      await publicContentChanged(tx);
      await audit(user, { action: "report.publish", entity: "ReportVersion", entityId: version.id, orgId: user.orgId, after: { year: input.year, versionNo, overrides } }, tx);
      return { ...row, versionNo };
    }),
  );
}
