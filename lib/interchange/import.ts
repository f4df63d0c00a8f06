import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { nextIndexNo } from "@/lib/items/index-number";
import { formatPath, interchangeFile, type InterchangeFile } from "./schema";

export type Tally = { created: number; updated: number; unchanged: number };
export type ImportSummary = Record<
  "organizations" | "categories" | "items" | "requests" | "appeals" | "statistics",
  Tally
>;

export type ValidationResult = { ok: true; file: InterchangeFile } | { ok: false; errors: string[] };

/** Everything the file refers to that is already in the database. */
export type KnownCodes = { organizations: Set<string>; categories: Set<string> };

/**
 * Validates a whole interchange file: the shape (zod), duplicate natural keys inside the file, and references
 * to organisations and categories that exist neither in the file nor in the database. Every problem is
 * returned with its JSON path.
 */
export function validateInterchange(raw: unknown, known: KnownCodes): ValidationResult {
  const parsed = interchangeFile.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${formatPath(issue.path) || "(文件)"}: ${issue.message}`) };
  }
  const file = parsed.data;
  const errors: string[] = [];
  const orgs = new Set([...known.organizations, ...file.organizations.map((o) => o.code)]);
  const categories = new Set([...known.categories, ...file.categories.map((c) => c.code)]);

  const unique = <T>(section: string, rows: T[], key: (row: T) => string | null, field: string) => {
    const seen = new Map<string, number>();
    rows.forEach((row, index) => {
      const k = key(row);
      if (k === null) return;
      const first = seen.get(k);
      if (first === undefined) seen.set(k, index);
      else errors.push(`${section}[${index}].${field}: 与 ${section}[${first}] 重复`);
    });
  };
  unique("organizations", file.organizations, (o) => o.code, "code");
  unique("categories", file.categories, (c) => c.code, "code");
  unique("items", file.items, (i) => (i.indexNo ? `${i.org}|${i.indexNo}` : null), "indexNo");
  unique("requests", file.requests, (r) => `${r.org}|${r.number}`, "number");
  unique("appeals", file.appeals, (a) => `${a.org}|${a.number}`, "number");
  unique("statistics", file.statistics, (s) => `${s.org}|${s.year}|${s.code}`, "code");

  const orgRef = (section: string, rows: { org: string }[]) =>
    rows.forEach((row, index) => {
      if (!orgs.has(row.org)) errors.push(`${section}[${index}].org: 未知机构 unknown organization "${row.org}"`);
    });
  orgRef("items", file.items);
  orgRef("requests", file.requests);
  orgRef("appeals", file.appeals);
  orgRef("statistics", file.statistics);
  file.items.forEach((item, index) => {
    if (!categories.has(item.category))
      errors.push(`items[${index}].category: 未知主题分类 unknown category "${item.category}"`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, file };
}

export async function loadKnownCodes(): Promise<KnownCodes> {
  const [organizations, categories] = await Promise.all([
    db.organization.findMany({ select: { code: true } }),
    db.category.findMany({ select: { code: true } }),
  ]);
  return {
    organizations: new Set(organizations.map((o) => o.code)),
    categories: new Set(categories.map((c) => c.code)),
  };
}

class DryRunRollback extends Error {}

/**
 * Writes a validated file in one transaction: creates what is new, updates what differs, leaves the rest.
 * With dryRun the same work is done and then rolled back, so the counts are exactly what a real run does.
 */
export async function importInterchange(file: InterchangeFile, options: { dryRun: boolean }): Promise<ImportSummary> {
  const summary: ImportSummary = {
    organizations: tally(),
    categories: tally(),
    items: tally(),
    requests: tally(),
    appeals: tally(),
    statistics: tally(),
  };
  try {
    await db.$transaction(
      async (tx) => {
        await writeAll(tx, file, summary);
        if (options.dryRun) throw new DryRunRollback();
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return summary;
}

function tally(): Tally {
  return { created: 0, updated: 0, unchanged: 0 };
}

/** Creates or updates one row by natural key and counts what happened. */
async function upsertCounted(
  count: Tally,
  existing: Record<string, unknown> | null,
  wanted: Record<string, unknown>,
  create: () => Promise<unknown>,
  update: () => Promise<unknown>,
) {
  if (!existing) {
    await create();
    count.created++;
  } else if (Object.entries(wanted).some(([key, value]) => existing[key] !== value)) {
    await update();
    count.updated++;
  } else {
    count.unchanged++;
  }
}

async function writeAll(tx: Prisma.TransactionClient, file: InterchangeFile, summary: ImportSummary) {
  for (const org of file.organizations) {
    const wanted = { name: org.name, indexPrefix: org.indexPrefix };
    await upsertCounted(
      summary.organizations,
      await tx.organization.findUnique({ where: { code: org.code } }),
      wanted,
      () => tx.organization.create({ data: { code: org.code, ...wanted } }),
      () => tx.organization.update({ where: { code: org.code }, data: wanted }),
    );
  }
  const maxOrder = await tx.category.aggregate({ _max: { sortOrder: true } });
  let nextOrder = (maxOrder._max.sortOrder ?? 0) + 1;
  for (const category of file.categories) {
    const wanted = { name: category.name };
    await upsertCounted(
      summary.categories,
      await tx.category.findUnique({ where: { code: category.code } }),
      wanted,
      () => tx.category.create({ data: { code: category.code, name: category.name, sortOrder: nextOrder++ } }),
      () => tx.category.update({ where: { code: category.code }, data: wanted }),
    );
  }

  const orgs = new Map((await tx.organization.findMany()).map((o) => [o.code, o]));
  const categories = new Map((await tx.category.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]));
  const orgId = (code: string) => orgs.get(code)!.id;

  // Items with an explicit 索引号 first, so a generated number never takes one that a later item states.
  const items = [...file.items.filter((i) => i.indexNo), ...file.items.filter((i) => !i.indexNo)];
  for (const item of items) {
    const org = orgs.get(item.org)!;
    const wanted = {
      title: item.title,
      docNo: item.docNo ?? null,
      categoryId: categories.get(item.category)!,
      genre: item.genre,
      disclosure: item.disclosure,
      createdOn: item.createdOn,
      publishedOn: item.publishedOn ?? null,
      abolishedOn: item.abolishedOn ?? null,
      validity: item.abolishedOn ? "abolished" : "valid",
      channels: item.channels.join(","),
    };
    // Without an 索引号 the item is recognised by what identifies a document: title, 成文日期 and 文号.
    const existing = item.indexNo
      ? await tx.item.findUnique({ where: { orgId_indexNo: { orgId: org.id, indexNo: item.indexNo } } })
      : await tx.item.findFirst({
          where: { orgId: org.id, title: item.title, createdOn: item.createdOn, docNo: item.docNo ?? null },
        });
    await upsertCounted(
      summary.items,
      existing,
      wanted,
      async () =>
        tx.item.create({
          data: {
            ...wanted,
            orgId: org.id,
            indexNo: item.indexNo ?? (await nextIndexNo(tx, org, Number(item.createdOn.slice(0, 4)))),
            status: item.disclosure === "proactive" && !item.publishedOn ? "draft" : "published",
          },
        }),
      () => tx.item.update({ where: { id: existing!.id }, data: { ...wanted, version: { increment: 1 } } }),
    );
  }

  for (const request of file.requests) {
    const key = { orgId: orgId(request.org), number: request.number };
    const wanted = {
      applicantType: request.applicantType,
      channel: request.channel,
      receivedOn: request.receivedOn,
      closedOn: request.closedOn ?? null,
      outcome: request.outcome ?? null,
      status: request.closedOn ? "closed" : "received",
    };
    await upsertCounted(
      summary.requests,
      await tx.disclosureRequest.findUnique({ where: { orgId_number: key } }),
      wanted,
      () => tx.disclosureRequest.create({ data: { ...key, ...wanted } }),
      () => tx.disclosureRequest.update({ where: { orgId_number: key }, data: { ...wanted, version: { increment: 1 } } }),
    );
  }

  for (const appeal of file.appeals) {
    const key = { orgId: orgId(appeal.org), number: appeal.number };
    const wanted = {
      kind: appeal.kind,
      filedOn: appeal.filedOn,
      closedOn: appeal.closedOn ?? null,
      result: appeal.result ?? null,
    };
    await upsertCounted(
      summary.appeals,
      await tx.appeal.findUnique({ where: { orgId_number: key } }),
      wanted,
      () => tx.appeal.create({ data: { ...key, ...wanted } }),
      () => tx.appeal.update({ where: { orgId_number: key }, data: wanted }),
    );
  }

  for (const statistic of file.statistics) {
    const key = { orgId: orgId(statistic.org), year: statistic.year, code: statistic.code };
    const wanted = { value: statistic.value };
    await upsertCounted(
      summary.statistics,
      await tx.yearlyStatistic.findUnique({ where: { orgId_year_code: key } }),
      wanted,
      () => tx.yearlyStatistic.create({ data: { ...key, ...wanted } }),
      () => tx.yearlyStatistic.update({ where: { orgId_year_code: key }, data: wanted }),
    );
  }

  const changed = Object.values(summary).reduce((n, t) => n + t.created + t.updated, 0);
  if (changed > 0) {
    await tx.auditLog.create({
      data: { action: "interchange.import", actor: "import", after: JSON.stringify(summary) },
    });
  }
}
