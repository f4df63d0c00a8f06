import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ConflictError, DomainError, prismaErrorCode } from "@/lib/errors";
import { isDecimal, normalizeDecimal, statisticValueError } from "./decimal";
import { formatForYear, ITEM_ROWS, MONEY_CELLS, PROACTIVE_TABLE, reportYear, statisticCodes } from "./formats";

// 年度统计录入: the 第二十条 figures no record gives (许可/处罚/强制 decisions, fees, procurement), entered per
// body and year by its supervisor, each with where it comes from. A statistic nobody entered has no row (the
// report's `proactive.statistics` check fails), which is not the same as a 0 someone entered.

export type StatisticField = {
  code: string;
  heading: string;
  row: string;
  column: string;
  money: boolean;
  value: string | null;
  source: string | null;
  /** 0 while not entered: the optimistic version the form posts back. */
  version: number;
};

/** Every statistic of the year's format, in the printed order, with what is entered. */
export async function statisticFields(orgId: string, year: number): Promise<StatisticField[]> {
  const stored = await db.yearlyStatistic.findMany({ where: { orgId, year } });
  const byCode = new Map(stored.map((s) => [s.code, s]));
  return PROACTIVE_TABLE[formatForYear(year)].flatMap((group) =>
    group.rows
      .filter((row) => !(ITEM_ROWS as readonly string[]).includes(row.code))
      .flatMap((row) =>
        group.columns.map((column) => {
          const code = `${row.code}.${column.code}`;
          const s = byCode.get(code);
          return { code, heading: group.heading, row: row.label, column: column.label, money: MONEY_CELLS.has(code), value: s?.value ?? null, source: s?.source ?? null, version: s?.version ?? 0 };
        }),
      ),
  );
}

/** The form's fields: `value.<code>`, `source.<code>` and `version.<code>` for every statistic shown. */
export const statisticsInput = z.looseObject({ year: reportYear });

type Entry = { code: string; value: string | null; source: string | null; version: number };

/** The entries of the posted form, each value checked like the import checks it; field errors by `value.<code>`. */
export function parseEntries(year: number, form: Record<string, unknown>): Entry[] {
  const errors: Record<string, string[]> = {};
  const text = (key: string) => (typeof form[key] === "string" ? (form[key] as string).trim() : "");
  const entries = statisticCodes(formatForYear(year)).flatMap((code): Entry[] => {
    if (!(`version.${code}` in form)) return [];
    const raw = text(`value.${code}`);
    const error = raw === "" ? null : (statisticValueError(code, raw, MONEY_CELLS.has(code)) ?? null);
    if (error) errors[`value.${code}`] = [error];
    const source = text(`source.${code}`).slice(0, 200);
    const version = Number(text(`version.${code}`));
    if (!Number.isInteger(version) || version < 0) throw new DomainError("提交的内容有误，请刷新页面后重试。");
    return [{ code, value: raw === "" || !isDecimal(raw) ? null : normalizeDecimal(raw), source: source || null, version }];
  });
  if (Object.keys(errors).length > 0) throw new DomainError("提交的内容有误，请按提示修改。", errors);
  return entries;
}

/**
 * Saves the changed statistics of the user's organisation, all or nothing: each is written only if it is still
 * at the version the form was drawn with (ConflictError otherwise); emptying a field removes the figure (it is
 * then 未填报 again). One audit record per changed figure. Returns how many changed.
 */
export async function saveStatistics(user: SessionUser, year: number, entries: Entry[]): Promise<{ changed: number }> {
  const orgId = user.orgId;
  if (!orgId) throw new DomainError("您的账号不属于任何机构，无法录入统计。");
  try {
    return await db.$transaction(async (tx) => {
      const stored = new Map((await tx.yearlyStatistic.findMany({ where: { orgId, year } })).map((s) => [s.code, s]));
      let changed = 0;
      for (const entry of entries) {
        const before = stored.get(entry.code);
        if ((before?.version ?? 0) !== entry.version) throw new ConflictError();
        if ((before?.value ?? null) === entry.value && (before?.source ?? null) === entry.source) continue;
        if (!before) {
          if (entry.value === null) continue;
          await tx.yearlyStatistic.create({ data: { orgId, year, code: entry.code, value: entry.value, source: entry.source } });
        } else {
          const where = { orgId, year, code: entry.code, version: entry.version };
          const count =
            entry.value === null
              ? (await tx.yearlyStatistic.deleteMany({ where })).count
              : (await tx.yearlyStatistic.updateMany({ where, data: { value: entry.value, source: entry.source, version: { increment: 1 } } })).count;
          if (count !== 1) throw new ConflictError();
        }
        changed++;
        await audit(
          user,
          {
            action: "statistic.save",
            entity: "YearlyStatistic",
            entityId: `${year}.${entry.code}`,
            orgId,
            before: before ? { value: before.value, source: before.source } : null,
            after: entry.value === null ? null : { value: entry.value, source: entry.source },
          },
          tx,
        );
      }
      return { changed };
    });
  } catch (error) {
    // Two supervisors creating the same missing figure at once: the second insert hits the primary key.
    if (prismaErrorCode(error) === "P2002") throw new ConflictError();
    throw error;
  }
}
