import { db } from "@/lib/db";
import { subtreeIds } from "@/lib/organizations/bodies";
import { percentOf } from "./percent";
import { assembleReport, buildReport } from "./build";
import { runChecks } from "./checks";
import { ORGANIZATION_FIELDS } from "@/lib/organizations/fields";
import { organizationDetails, type FrozenReport, type ReportDocument, type ReportOrganization } from "./document";
import { cellValue } from "./layout";
import { rollupInputs } from "./queries";
import { TEXT_PART_KEYS, type TextParts } from "./text";
import type { Cells, ReportJson, ReportSummary } from "./types";

// The roll-up of a region: the report's tables summed over every body of its subtree (the region included). A
// body that has published its report of the year contributes its latest published (frozen) figures; the others'
// records are summed by the database in one statement ("orgId" IN …). No "server-only": `npm run report --
// --rollup` runs this too.

export type RollupSource = { code: string; name: string; source: "published" | "live"; versionNo: number | null };
export type Rollup = { organization: ReportOrganization; report: ReportJson; sources: RollupSource[] };

type Tables = Omit<ReportJson, "org" | "year" | "checks">;

function addCells(a: Cells, b: Cells): Cells {
  const sum: Cells = {};
  for (const row of new Set([...Object.keys(a), ...Object.keys(b)])) {
    sum[row] = { ...a[row] };
    for (const [column, value] of Object.entries(b[row] ?? {})) sum[row][column] = (sum[row][column] ?? 0) + value;
  }
  return sum;
}

function addSummaries(a: ReportSummary, b: ReportSummary): ReportSummary {
  const figures = {
    itemsCreated: a.itemsCreated + b.itemsCreated,
    itemsProactive: a.itemsProactive + b.itemsProactive,
    itemsOnRequest: a.itemsOnRequest + b.itemsOnRequest,
    itemsWithheld: a.itemsWithheld + b.itemsWithheld,
    itemsPublished: a.itemsPublished + b.itemsPublished,
    itemsPublishedCumulative: a.itemsPublishedCumulative + b.itemsPublishedCumulative,
  };
  const byCategory = new Map(a.byCategory.map((c) => [c.category, { ...c }]));
  for (const c of b.byCategory) {
    const known = byCategory.get(c.category);
    if (known) known.count += c.count;
    else byCategory.set(c.category, { ...c });
  }
  return { ...figures, byCategory: [...byCategory.values()].map((c) => ({ ...c, percent: percentOf(c.count, figures.itemsPublished) })) };
}

function addTables(a: Tables, b: Tables): Tables {
  return { format: a.format, proactive: addCells(a.proactive, b.proactive), requests: addCells(a.requests, b.requests), appeals: addCells(a.appeals, b.appeals), summary: addSummaries(a.summary, b.summary) };
}

/** Each body's latest published version of the year's report, by organisation id. */
async function publishedReports(ids: string[], year: number): Promise<Map<string, FrozenReport>> {
  const reports = await db.annualReport.findMany({
    where: { orgId: { in: ids }, year, versions: { some: {} } },
    select: { orgId: true, versions: { orderBy: { versionNo: "desc" }, take: 1, select: { content: true } } },
  });
  return new Map(reports.map((r) => [r.orgId, JSON.parse(r.versions[0].content) as FrozenReport]));
}

/** The bodies of a region's subtree, code order, with what each contributes; null when no body has the code. */
async function rollupBodies(regionCode: string, year: number) {
  const organization = await db.organization.findUnique({ where: { code: regionCode }, select: ORGANIZATION_FIELDS });
  if (!organization) return null;
  const ids = await subtreeIds(organization.id);
  const [bodies, published] = await Promise.all([
    db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
    publishedReports(ids, year),
  ]);
  return { organization, ids, bodies, published };
}

/**
 * The region's report of the year. The cross-year checks compare with last year summed from every body's
 * records (a published previous report is one body's; the roll-up of last year is never frozen).
 */
export async function buildRollup(regionCode: string, year: number): Promise<Rollup | null> {
  const found = await rollupBodies(regionCode, year);
  if (!found) return null;
  const { organization, ids, bodies, published } = found;
  const live = ids.filter((id) => !published.has(id));
  const inputs = await rollupInputs(new Map([[year, live], [year - 1, ids]]));
  const { report: liveReport, previous } = assembleReport(organization.code, year, inputs, null);
  const tables = [...published.values()].reduce<Tables>(addTables, liveReport);
  const { format, proactive, requests, appeals, summary } = tables;
  return {
    organization,
    report: { org: organization.code, year, format, proactive, requests, appeals, summary, checks: runChecks(tables, previous) },
    sources: bodies.map((b) => {
      const frozen = published.get(b.id);
      return { code: b.code, name: b.name, source: frozen ? "published" : "live", versionNo: frozen?.versionNo ?? null };
    }),
  };
}

/**
 * The drill-down of a roll-up's cell: each body of the region with its value (its published figure, or computed
 * from its records, one statement per body counted live); null when no body has the code.
 */
export async function rollupCell(regionCode: string, year: number, cell: string): Promise<(RollupSource & { value: number })[] | null> {
  const found = await rollupBodies(regionCode, year);
  if (!found) return null;
  return Promise.all(
    found.bodies.map(async (b) => {
      const frozen = found.published.get(b.id);
      const report = frozen ?? (await buildReport(b.code, year));
      const source = { code: b.code, name: b.name, source: frozen ? "published" : "live", versionNo: frozen?.versionNo ?? null } as const;
      return { ...source, value: (report && cellValue(report, cell)) ?? 0 };
    }),
  );
}

/** The roll-up as a document for the exports: no prose but a note of which bodies' figures are published or live. */
export function rollupDocument({ organization, report, sources }: Rollup): ReportDocument {
  const names = (kind: RollupSource["source"]) => sources.filter((s) => s.source === kind).map((s) => s.name).join("、") || "无";
  const note = `本报告为${organization.name}及其下级机关共 ${sources.length} 个机关的汇总。采用已发布年报数据的机关：${names("published")}；按记录计算的机关：${names("live")}。`;
  const parts = { ...(Object.fromEntries(TEXT_PART_KEYS.map((key) => [key, ""])) as TextParts), intro: note };
  return { organization: organizationDetails(organization), report, parts, status: { kind: "draft" } };
}

/** The roll-up's JSON: the report JSON of the interchange contract plus where each body's figures come from. */
export const rollupJson = ({ report, sources }: Rollup) => JSON.stringify({ ...report, sources }, null, 2) + "\n";
