import { z } from "zod";

/** A legal calendar date, "YYYY-MM-DD" (China Standard Time), that exists on the calendar. */
export function isIsoDate(value: string): boolean {
  // Arithmetic rather than a Date round trip: the importer checks millions of dates.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);
}

export const isoDate = z
  .string({ error: "应为日期（YYYY-MM-DD）" })
  .refine(isIsoDate, { error: (issue) => `不是有效日期（YYYY-MM-DD）："${String(issue.input)}"` });

export function yearBounds(year: number) {
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** Today's date in China Standard Time. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** An instant as China Standard Time, "YYYY-MM-DD HH:mm". */
export function chinaDateTime(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}

/** An instant as China Standard Time, "YYYY-MM-DD HH:mm:ss" (audit log, sign-in times). */
export function formatChinaTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().replace("T", " ").slice(0, 19);
}

/** The instant a China Standard Time calendar date begins. */
export function chinaDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}
