/**
 * 工作日 arithmetic for the 条例's periods (第三十条 7个工作日, 第三十三条 20个工作日, 第三十二条/第三十四条 15个工作日).
 *
 * A working day is Monday–Friday, minus the statutory holidays, plus the 调休 make-up working days (weekend
 * days the State Council declares worked). Only those exceptions are stored (see CalendarDay / holidays.ts).
 *
 * Dates are "YYYY-MM-DD" strings for the legal (China Standard Time) date; all arithmetic is done on UTC
 * midnights, so the machine's time zone never shifts a day.
 *
 * Counting rule (期间): the day of the triggering event is not counted; day 1 is the first working day AFTER it.
 * So "自收到申请之日起20个工作日内" for an application received on Friday 2024-03-01 ends on 2024-03-29, the 20th
 * working day after it. This is the usual rule for 期间 in Chinese law (民法典第二百零一条 "开始的当日不计入，自下一日
 * 开始计算"; 民事诉讼法 "期间开始的时和日，不计算在期间内", applied in administrative litigation); the 条例 itself does
 * not say so — treat it as the project's reading, flagged [M] in the spec.
 */

export type Calendar = {
  /** Statutory holiday dates (including weekend days inside a holiday span). */
  holidays: Set<string>;
  /** 调休 make-up working days: weekend dates that are worked. */
  workdays: Set<string>;
  /** Years whose holiday notice is loaded (any holiday row); in the others only Monday–Friday is known. */
  years: Set<number>;
};

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Guard against runaway loops (a calendar marking every day a holiday, or absurd n). */
const MAX_SCAN_DAYS = 366 * 50;

// Parsing and printing dates was most of the cost of a request's clock (a deadline walks 20–40 days, each one
// converted several times; 0.4 ms a request, 0.3 s for a province's 800 open requests on the oversight console).
// Both directions are remembered: a process meets a few thousand distinct dates. The caches are emptied when they
// grow past CACHE_LIMIT, so a long-running server's memory stays bounded.
const CACHE_LIMIT = 50_000;
const times = new Map<string, number>();
const dates = new Map<number, string>();

/** Milliseconds of the UTC midnight of a "YYYY-MM-DD" date; throws on anything else. */
function toTime(date: string): number {
  const cached = times.get(date);
  if (cached !== undefined) return cached;
  if (typeof date !== "string" || !ISO_DATE.test(date)) throw new RangeError(`不是有效日期（YYYY-MM-DD）："${String(date)}"`);
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`不是有效日期（YYYY-MM-DD）："${date}"`);
  }
  if (times.size >= CACHE_LIMIT) times.clear();
  times.set(date, t);
  return t;
}

function fromTime(t: number): string {
  const cached = dates.get(t);
  if (cached !== undefined) return cached;
  const date = new Date(t).toISOString().slice(0, 10);
  if (dates.size >= CACHE_LIMIT) dates.clear();
  dates.set(t, date);
  return date;
}

/** The date `days` calendar days after (or before, if negative) `date`. */
export function addCalendarDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, for the calendar date itself (not the machine's time zone). */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday (4); no Date object is made (this runs for every day a deadline walks over).
  return (((Math.round(toTime(date) / DAY_MS) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: string): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

/** Monday–Friday, minus statutory holidays, plus make-up working days. */
export function isWorkingDay(date: string, cal: Calendar): boolean {
  toTime(date);
  if (cal.holidays.has(date)) return false;
  if (cal.workdays.has(date)) return true;
  return !isWeekend(date);
}

/**
 * The n-th working day after `date` (the day itself is not counted, whether or not it is a working day).
 * n = 0 returns `date` unchanged. n must be a non-negative integer.
 */
export function addWorkingDays(date: string, n: number, cal: Calendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日数应为非负整数：${n}`);
  let t = toTime(date);
  let counted = 0;
  for (let scanned = 0; counted < n; scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError("日历中找不到足够的工作日");
    t += DAY_MS;
    if (isWorkingDay(fromTime(t), cal)) counted++;
  }
  return fromTime(t);
}

/**
 * The number of working days d with from < d ≤ to — the same count addWorkingDays uses, so
 * workingDaysBetween(x, addWorkingDays(x, n, cal), cal) === n. Negative when `to` is before `from`; 0 when equal.
 */
export function workingDaysBetween(from: string, to: string, cal: Calendar): number {
  const a = toTime(from);
  const b = toTime(to);
  if (b < a) return -workingDaysBetween(to, from, cal);
  // Counted arithmetically, not day by day: an open request years overdue asks for a thousand-day span, and the
  // oversight console asks for every open request of a province. Monday–Friday first: five a whole week, then the
  // at most six days left over; then the calendar's exceptions inside the span (a holiday on a weekday takes one
  // away, a make-up working day on a weekend adds one; a holiday wins over a make-up day, as in isWorkingDay).
  const days = Math.round((b - a) / DAY_MS);
  let count = Math.floor(days / 7) * 5;
  const start = new Date(a).getUTCDay();
  for (let k = 1; k <= days % 7; k++) {
    const day = (start + k) % 7;
    if (day !== 0 && day !== 6) count++;
  }
  const inSpan = (date: string) => date > from && date <= to;
  for (const date of cal.holidays) if (inSpan(date) && !isWeekend(date)) count--;
  for (const date of cal.workdays) if (inSpan(date) && isWeekend(date) && !cal.holidays.has(date)) count++;
  return count;
}

/** Build a Calendar from CalendarDay rows (or holidays.ts data). Unknown kinds are ignored. */
export function calendarFromDays(rows: ReadonlyArray<{ date: string; kind: string }>): Calendar {
  const cal: Calendar = { holidays: new Set(), workdays: new Set(), years: new Set() };
  for (const row of rows) {
    toTime(row.date);
    if (row.kind === "holiday") cal.holidays.add(row.date);
    if (row.kind === "holiday") cal.years.add(Number(row.date.slice(0, 4)));
    else if (row.kind === "workday") cal.workdays.add(row.date);
  }
  return cal;
}

/** A calendar with no exceptions: plain Monday–Friday. */
export function weekdaysOnlyCalendar(): Calendar {
  return { holidays: new Set(), workdays: new Set(), years: new Set() };
}

/**
 * A deadline in a year whose holiday notice is not loaded is only provisional (暂按工作日推算): it was counted
 * Monday–Friday, and the notice (published each November by the 国务院办公厅) may still move it.
 */
export function isProvisional(date: string | null | undefined, cal: Calendar): boolean {
  return !!date && !cal.years.has(Number(date.slice(0, 4)));
}

/** The admin should load next year's notice: from 1 November, when it is usually published, until it is loaded. */
export function nextYearNoticeMissing(today: string, cal: Calendar): number | null {
  const next = Number(today.slice(0, 4)) + 1;
  return today.slice(5) >= "11-01" && !cal.years.has(next) ? next : null;
}
