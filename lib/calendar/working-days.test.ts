import { afterEach, describe, expect, it } from "vitest";
import { HOLIDAY_DAYS } from "./holidays";
import {
  addCalendarDays,
  addWorkingDays,
  calendarFromDays,
  isProvisional,
  isWorkingDay,
  nextYearNoticeMissing,
  weekday,
  weekdaysOnlyCalendar,
  workingDaysBetween,
} from "./working-days";

const cal = calendarFromDays(HOLIDAY_DAYS);
const plain = weekdaysOnlyCalendar();
/** Holidays only, the 调休 make-up days ignored: shows what a naive calendar gets wrong. */
const noMakeUp = calendarFromDays(HOLIDAY_DAYS.filter((d) => d.kind === "holiday"));

describe("isWorkingDay", () => {
  it("is Monday–Friday by default", () => {
    expect(isWorkingDay("2024-03-01", plain)).toBe(true); // Fri
    expect(isWorkingDay("2024-03-02", plain)).toBe(false); // Sat
    expect(isWorkingDay("2024-03-03", plain)).toBe(false); // Sun
    expect(isWorkingDay("2024-03-04", plain)).toBe(true); // Mon
  });

  it("honours 2024 国庆 holidays and the 调休 days 9月29日（日）and 10月12日（六）", () => {
    expect(isWorkingDay("2024-09-28", cal)).toBe(false); // ordinary Saturday
    expect(isWorkingDay("2024-09-29", cal)).toBe(true); // Sunday, worked
    expect(isWorkingDay("2024-09-30", cal)).toBe(true);
    for (const d of ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07"]) {
      expect(isWorkingDay(d, cal), d).toBe(false);
    }
    expect(isWorkingDay("2024-10-08", cal)).toBe(true);
    expect(isWorkingDay("2024-10-12", cal)).toBe(true); // Saturday, worked
    expect(isWorkingDay("2024-10-13", cal)).toBe(false);
  });

  it("knows the 2019 劳动节 adjustment and the 2020 春节 extension", () => {
    expect(isWorkingDay("2019-04-28", cal)).toBe(true);
    expect(isWorkingDay("2019-05-02", cal)).toBe(false);
    expect(isWorkingDay("2019-05-05", cal)).toBe(true);
    expect(isWorkingDay("2020-01-19", cal)).toBe(true);
    expect(isWorkingDay("2020-01-31", cal)).toBe(false); // extension, a Friday
    expect(isWorkingDay("2020-02-01", cal)).toBe(false); // was to be worked; extension made it a day off
    expect(isWorkingDay("2020-02-03", cal)).toBe(true);
  });

  it("rejects malformed or impossible dates", () => {
    expect(() => isWorkingDay("2024-13-01", cal)).toThrow(RangeError);
    expect(() => isWorkingDay("2024-02-30", cal)).toThrow(RangeError);
    expect(() => isWorkingDay("2024-3-1", cal)).toThrow(RangeError);
  });
});

describe("addWorkingDays (day 1 = first working day after the date)", () => {
  it("counts 20 working days from Friday 2024-03-01 to 2024-03-29", () => {
    expect(addWorkingDays("2024-03-01", 20, cal)).toBe("2024-03-29");
    expect(addWorkingDays("2024-03-01", 1, cal)).toBe("2024-03-04");
  });

  it("returns the date itself for n = 0, even on a holiday", () => {
    expect(addWorkingDays("2024-10-03", 0, cal)).toBe("2024-10-03");
    expect(addWorkingDays("2024-10-03", 1, cal)).toBe("2024-10-08");
  });

  it("crosses 2024 国庆 using the make-up days", () => {
    // 9/23–27 (5), 9/29 Sun (6), 9/30 (7), 10/1–7 off, 10/8–11 (11), 10/12 Sat (12), 10/14–18 (17), 10/21–23 (20)
    expect(addWorkingDays("2024-09-20", 20, cal)).toBe("2024-10-23");
    expect(addWorkingDays("2024-09-27", 1, cal)).toBe("2024-09-29");
    expect(addWorkingDays("2024-09-20", 20, noMakeUp)).toBe("2024-10-25");
    expect(addWorkingDays("2024-09-20", 20, plain)).toBe("2024-10-18");
  });

  it("crosses 2025 春节 (除夕 to 初七, make-up 1月26日 and 2月8日)", () => {
    // 1/21–24 (4), 1/26 Sun (5), 1/27 (6), 1/28–2/4 off, 2/5–7 (9), 2/8 Sat (10), 2/10–14 (15), 2/17–21 (20)
    expect(addWorkingDays("2025-01-20", 20, cal)).toBe("2025-02-21");
    // 7 working days for a 补正 notice: 1/21–24, 1/26, 1/27, 2/5
    expect(addWorkingDays("2025-01-20", 7, cal)).toBe("2025-02-05");
  });

  it("crosses 2024 清明 (4月7日 Sunday worked) and a year end", () => {
    // 3/11–15 (5), 3/18–22 (10), 3/25–29 (15), 4/1–3 (18), 4/4–6 off, 4/7 Sun (19), 4/8 (20)
    expect(addWorkingDays("2024-03-10", 20, cal)).toBe("2024-04-08");
    // 12/23–27 (5), 12/30–31 (7), 1/1 off, 1/2–3 (9), 1/6–10 (14), 1/13–17 (19), 1/20 (20)
    expect(addWorkingDays("2024-12-20", 20, cal)).toBe("2025-01-20");
  });

  it("rejects negative or fractional counts", () => {
    expect(() => addWorkingDays("2024-03-01", -1, cal)).toThrow(RangeError);
    expect(() => addWorkingDays("2024-03-01", 1.5, cal)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  it("counts working days d with from < d ≤ to", () => {
    // 9/29, 9/30, 10/8, 10/9, 10/10, 10/11, 10/12, 10/14
    expect(workingDaysBetween("2024-09-27", "2024-10-14", cal)).toBe(8);
    expect(workingDaysBetween("2024-10-14", "2024-09-27", cal)).toBe(-8);
    expect(workingDaysBetween("2024-10-01", "2024-10-07", cal)).toBe(0);
    expect(workingDaysBetween("2024-03-01", "2024-03-01", cal)).toBe(0);
  });

  it("is the inverse of addWorkingDays over 2019–2026", () => {
    for (let d = "2019-01-01"; d <= "2026-12-31"; d = addCalendarDays(d, 37)) {
      for (const n of [1, 7, 15, 20, 40]) {
        expect(workingDaysBetween(d, addWorkingDays(d, n, cal), cal), `${d} + ${n}`).toBe(n);
      }
    }
  });
});

describe("workingDaysBetween, counted arithmetically", () => {
  /** The definition itself: every day after from up to and including to, one at a time. */
  const dayByDay = (from: string, to: string, c: typeof cal) => {
    let count = 0;
    for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkingDay(d, c)) count++;
    return count;
  };

  it("agrees with counting day by day for spans of 0 to 800 days from every weekday, with and without the calendar", () => {
    for (let d = "2018-12-24"; d <= "2026-12-31"; d = addCalendarDays(d, 89)) {
      for (const span of [0, 1, 2, 5, 6, 7, 8, 13, 14, 30, 200, 800]) {
        const to = addCalendarDays(d, span);
        for (const c of [cal, plain, noMakeUp]) expect(workingDaysBetween(d, to, c), `${d} + ${span}`).toBe(dayByDay(d, to, c));
      }
    }
  });

  it("counts a span of ten years at once, and a day both holiday and make-up day as a holiday", () => {
    expect(workingDaysBetween("2016-01-01", "2025-12-31", plain)).toBe(2608); // 521 weeks and 6 days, 2016-01-02 a Saturday
    expect(workingDaysBetween("2016-01-01", "2026-12-31", cal)).toBe(dayByDay("2016-01-01", "2026-12-31", cal));
    const clash = { holidays: new Set(["2024-09-29", "2024-10-01"]), workdays: new Set(["2024-09-29", "2024-10-12"]), years: new Set([2024]) };
    // 9/30, 10/2–10/4, 10/7–10/11, 10/12 (Saturday, worked), 10/14: the Sunday 9/29 is a holiday after all.
    expect(workingDaysBetween("2024-09-27", "2024-10-14", clash)).toBe(dayByDay("2024-09-27", "2024-10-14", clash));
    expect(workingDaysBetween("2024-09-27", "2024-10-14", clash)).toBe(11);
  });
});

describe("time zone independence", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it("gives the same answers whatever the machine's zone", () => {
    for (const tz of ["America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati", "UTC"]) {
      process.env.TZ = tz;
      expect(weekday("2024-09-29"), tz).toBe(0);
      expect(addCalendarDays("2024-03-09", 1), tz).toBe("2024-03-10"); // US DST starts that night
      expect(addWorkingDays("2024-09-20", 20, cal), tz).toBe("2024-10-23");
    }
  });
});

describe("calendarFromDays", () => {
  it("sorts rows into holidays and make-up workdays and ignores unknown kinds", () => {
    const c = calendarFromDays([
      { date: "2024-10-01", kind: "holiday" },
      { date: "2024-10-12", kind: "workday" },
      { date: "2024-10-15", kind: "something" },
    ]);
    expect([...c.holidays]).toEqual(["2024-10-01"]);
    expect([...c.workdays]).toEqual(["2024-10-12"]);
  });

  it("rejects a bad date in a row", () => {
    expect(() => calendarFromDays([{ date: "2024/10/01", kind: "holiday" }])).toThrow(RangeError);
  });
});

describe("calendar coverage", () => {
  const cal = calendarFromDays([
    { date: "2026-01-01", kind: "holiday" },
    { date: "2026-01-04", kind: "workday" },
  ]);

  it("a deadline in a year without a loaded holiday notice is provisional", () => {
    expect([...cal.years]).toEqual([2026]);
    expect(isProvisional("2026-12-31", cal)).toBe(false);
    expect(isProvisional("2027-01-01", cal)).toBe(true); // 元旦 2027, counted as a working day for now
    expect(isProvisional(null, cal)).toBe(false);
    expect(isProvisional("2026-05-06", weekdaysOnlyCalendar())).toBe(true);
  });

  it("warns from 1 November while next year's notice is missing", () => {
    expect(nextYearNoticeMissing("2026-10-31", cal)).toBeNull();
    expect(nextYearNoticeMissing("2026-11-01", cal)).toBe(2027);
    expect(nextYearNoticeMissing("2026-12-31", cal)).toBe(2027);
    expect(nextYearNoticeMissing("2026-11-15", calendarFromDays([{ date: "2027-01-01", kind: "holiday" }]))).toBeNull();
    expect(nextYearNoticeMissing("2025-11-01", cal)).toBeNull(); // 2026 is loaded
  });
});
