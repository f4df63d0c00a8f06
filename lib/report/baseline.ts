import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ConflictError, DomainError, prismaErrorCode } from "@/lib/errors";
import { emptyTables } from "./build";
import { formatForYear, MONEY_CELLS, reportYear } from "./formats";
import type { ReportJson } from "./types";

// 上年基线: a body that adopts Gongkai mid-way enters last year's published report tables (the report JSON of
// interchange.md §3, pasted or exported from its old system) so that carry-over and the cross-year checks of this
// year compare with what was published, not with the few records it has of last year (build.ts reads it).

export type Baseline = Pick<ReportJson, "format" | "proactive" | "requests" | "appeals" | "summary">;

const cells = z.record(z.string(), z.record(z.string(), z.number()));
const summary = z.object({
  itemsCreated: z.number().int().min(0),
  itemsProactive: z.number().int().min(0),
  itemsOnRequest: z.number().int().min(0),
  itemsWithheld: z.number().int().min(0),
  itemsPublished: z.number().int().min(0),
  itemsPublishedCumulative: z.number().int().min(0),
  byCategory: z.array(z.object({ category: z.string(), name: z.string(), count: z.number().int().min(0), percent: z.number() })).default([]),
});
const reportJson = z.looseObject({ year: z.number().int(), format: z.enum(["2019", "2021"]), proactive: cells, requests: cells, appeals: cells, summary });

/**
 * The baseline of `year` from report JSON text, or the problems (each with its JSON path): the year and format
 * must be that year's, and every cell of its tables present — counts whole and not negative, money a number.
 */
export function parseBaseline(year: number, text: string): { ok: true; baseline: Baseline } | { ok: false; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: ["不是有效的 JSON"] };
  }
  const parsed = reportJson.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".") || "(文件)"}: ${i.message}`) };
  const report = parsed.data;
  if (report.year !== year) return { ok: false, errors: [`year: 应为 ${year}，文件为 ${report.year}`] };
  if (report.format !== formatForYear(year)) return { ok: false, errors: [`format: ${year} 年应为 ${formatForYear(year)} 格式`] };
  const expected = emptyTables(year);
  const errors = (["proactive", "requests", "appeals"] as const).flatMap((section) =>
    Object.entries(expected[section]).flatMap(([row, columns]) =>
      Object.keys(columns).flatMap((column) => {
        const value = report[section][row]?.[column];
        const path = `${section}.${row}.${column}`;
        if (value === undefined) return [`${path}: 缺少`];
        const money = section === "proactive" && MONEY_CELLS.has(`${row}.${column}`);
        if (!money && !Number.isInteger(value)) return [`${path}: 应为整数`];
        if (value < 0 && column !== "delta") return [`${path}: 不能为负数`];
        return [];
      }),
    ),
  );
  if (errors.length) return { ok: false, errors };
  const { format, proactive, requests, appeals } = report;
  return { ok: true, baseline: { format, proactive, requests, appeals, summary: report.summary } };
}

export const baselineInput = z.object({
  year: reportYear,
  version: z.coerce.number().int().min(0),
  content: z.string().trim().min(1, "请粘贴上年报告的 JSON").max(200_000, "内容过长"),
  source: z.string().trim().min(2, "请写明数据来源，如上年报告的网址").max(300, "不能超过 300 个字符"),
});

/** The baseline entered for `year` (the year before the report that uses it), or null. */
export function loadBaseline(orgId: string, year: number) {
  return db.reportBaseline.findUnique({ where: { orgId_year: { orgId, year } } });
}

/** Saves the baseline of the user's organisation for `year`, checking its version (0: none yet); audited. */
export async function saveBaseline(user: SessionUser, input: z.infer<typeof baselineInput>): Promise<{ version: number }> {
  const orgId = user.orgId;
  if (!orgId) throw new DomainError("您的账号不属于任何机构，无法录入上年基线。");
  const parsed = parseBaseline(input.year, input.content);
  if (!parsed.ok) throw new DomainError(`上年报告数据有误：${parsed.errors.slice(0, 10).join("；")}`, { content: parsed.errors.slice(0, 10) });
  const content = JSON.stringify(parsed.baseline);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.reportBaseline.findUnique({ where: { orgId_year: { orgId, year: input.year } } });
      if ((before?.version ?? 0) !== input.version) throw new ConflictError();
      if (before) {
        const { count } = await tx.reportBaseline.updateMany({
          where: { orgId, year: input.year, version: input.version },
          data: { content, source: input.source, version: { increment: 1 } },
        });
        if (count !== 1) throw new ConflictError();
      } else {
        await tx.reportBaseline.create({ data: { orgId, year: input.year, content, source: input.source } });
      }
      await audit(
        user,
        { action: "report.baseline", entity: "ReportBaseline", entityId: String(input.year), orgId, before: before && { source: before.source, content: JSON.parse(before.content) }, after: { source: input.source, content: parsed.baseline } },
        tx,
      );
      return { version: input.version + 1 };
    });
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") throw new ConflictError();
    throw error;
  }
}
