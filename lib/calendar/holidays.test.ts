import { describe, expect, it } from "vitest";
import { HOLIDAY_DAYS, HOLIDAY_YEARS, NOTICES, holidayDaysForYear } from "./holidays";
import { addCalendarDays, calendarFromDays, weekday } from "./working-days";

describe("holiday data 2019–2026", () => {
  it("covers 2019 through 2026 and nothing else", () => {
    expect(HOLIDAY_YEARS).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(holidayDaysForYear(2018)).toEqual([]);
    expect(holidayDaysForYear(2027)).toEqual([]);
  });

  it("has the yearly totals the notices state (days off / weekend days worked)", () => {
    const totals = Object.fromEntries(
      HOLIDAY_YEARS.map((y) => {
        const days = holidayDaysForYear(y);
        return [y, [days.filter((d) => d.kind === "holiday").length, days.filter((d) => d.kind === "workday").length]];
      }),
    );
    expect(totals).toEqual({
      2019: [24, 7], // 元旦3 春节7 清明1 劳动4 端午1 中秋1 国庆7
      2020: [30, 6], // 元旦1 春节7+3 清明3 劳动5 端午3 国庆中秋8
      2021: [31, 7],
      2022: [31, 7],
      2023: [27, 7],
      2024: [28, 8],
      2025: [28, 5],
      2026: [33, 6],
    });
  });

  it("lists every date once", () => {
    const dates = HOLIDAY_DAYS.map((d) => d.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it("has every make-up working day on a Saturday or Sunday", () => {
    const offenders = HOLIDAY_DAYS.filter((d) => d.kind === "workday" && ![0, 6].includes(weekday(d.date)));
    expect(offenders).toEqual([]);
  });

  it("has each festival's days off as one contiguous run", () => {
    for (const year of HOLIDAY_YEARS) {
      const byName = new Map<string, string[]>();
      for (const d of holidayDaysForYear(year)) {
        if (d.kind !== "holiday") continue;
        byName.set(d.name, [...(byName.get(d.name) ?? []), d.date]);
      }
      for (const [name, dates] of byName) {
        for (let i = 1; i < dates.length; i++) {
          expect(dates[i], `${year} ${name}`).toBe(addCalendarDays(dates[i - 1], 1));
        }
      }
    }
  });

  it("names only the seven festivals and cites a known notice", () => {
    const names = new Set(["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节", "国庆节、中秋节", "中秋节、国庆节"]);
    const docNos = NOTICES.map((n) => n.docNo);
    for (const d of HOLIDAY_DAYS) {
      expect(names.has(d.name), d.date).toBe(true);
      expect(docNos.some((no) => d.source.includes(no)), d.date).toBe(true);
    }
  });

  it("matches the weekdays printed in the notices themselves", () => {
    // [date, weekday printed in the notice (0 = 周日)]
    const printed: Array<[string, number]> = [
      ["2018-12-29", 6], // 2018年12月29日（星期六）上班
      ["2019-02-03", 0],
      ["2019-04-28", 0], // 〔2019〕3号: 4月28日（星期日）、5月5日（星期日）上班
      ["2019-05-05", 0],
      ["2020-01-19", 0],
      ["2020-02-02", 0], // 〔2020〕1号: 延长至2月2日（星期日）
      ["2021-02-20", 6],
      ["2022-04-02", 6],
      ["2023-06-25", 0],
      ["2024-09-29", 0],
      ["2024-10-12", 6],
      ["2025-01-28", 2], // 1月28日（农历除夕、周二）
      ["2025-02-04", 2], // 至2月4日（农历正月初七、周二）
      ["2025-01-26", 0],
      ["2025-02-08", 6],
      ["2025-10-08", 3], // 10月1日（周三）至8日（周三）
      ["2026-01-04", 0],
      ["2026-02-15", 0], // 2月15日（农历腊月二十八、周日）
      ["2026-02-23", 1], // 至23日（农历正月初七、周一）
      ["2026-02-28", 6],
      ["2026-09-20", 0],
      ["2026-10-10", 6],
    ];
    for (const [date, day] of printed) expect(weekday(date), date).toBe(day);
  });

  it("records the mid-year changes of 2019 and 2020", () => {
    const at = (date: string) => HOLIDAY_DAYS.find((d) => d.date === date);
    expect(at("2019-05-02")).toEqual({
      date: "2019-05-02",
      kind: "holiday",
      name: "劳动节",
      source: "国办发明电〔2018〕15号；国办发明电〔2019〕3号调整",
    });
    expect(at("2019-04-28")?.kind).toBe("workday");
    // 2020: 2月1日 (Sat) was first a working day, then became part of the extended 春节.
    expect(at("2020-02-01")).toEqual({ date: "2020-02-01", kind: "holiday", name: "春节", source: "国办发明电〔2020〕1号" });
    expect(at("2020-01-30")?.source).toBe("国办发明电〔2019〕16号");
  });

  it("has 2025 春节 from 除夕 (8 days) and 劳动节 of 5 days with one make-up day", () => {
    const y = holidayDaysForYear(2025);
    expect(y.filter((d) => d.name === "春节" && d.kind === "holiday").map((d) => d.date)).toEqual([
      "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04",
    ]);
    expect(y.filter((d) => d.kind === "workday").map((d) => d.date)).toEqual([
      "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
    ]);
    expect(y.every((d) => d.source === "国办发明电〔2024〕12号")).toBe(true);
  });

  it("builds a calendar from the rows", () => {
    const cal = calendarFromDays(HOLIDAY_DAYS);
    expect(cal.holidays.size).toBe(232);
    expect(cal.workdays.size).toBe(53);
    expect(cal.holidays.has("2023-01-02")).toBe(true); // 2023 元旦 from 2022-12-31
    expect(cal.holidays.has("2022-12-31")).toBe(true);
  });
});
