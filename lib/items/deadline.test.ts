import { describe, expect, it } from "vitest";
import { HOLIDAY_DAYS } from "@/lib/calendar/holidays";
import { addCalendarDays, calendarFromDays, weekdaysOnlyCalendar } from "@/lib/calendar/working-days";
import { inTimeCutoffs, isPublishedLate, publicationDeadline, publicationFlag } from "./deadline";

const weekdays = weekdaysOnlyCalendar();
// 国务院办公厅关于2020年部分节假日安排的通知: 国庆节、中秋节 10月1日至8日放假调休，共8天；9月27日（星期日）、
// 10月10日（星期六）上班.
const national2020 = calendarFromDays([
  ...["01", "02", "03", "04", "05", "06", "07", "08"].map((d) => ({ date: `2020-10-${d}`, kind: "holiday" })),
  { date: "2020-09-27", kind: "workday" },
  { date: "2020-10-10", kind: "workday" },
]);

describe("publicationDeadline (条例第二十六条)", () => {
  it("counts 20 working days from the day after 成文日期", () => {
    // Fri 2024-01-05 → Mon 8 … Fri 12 (5), 19 (10), 26 (15), Fri 2 Feb (20)
    expect(publicationDeadline("2024-01-05", weekdays)).toBe("2024-02-02");
    // Sat 2024-01-06 → Mon 8 is the first working day, so the same deadline
    expect(publicationDeadline("2024-01-06", weekdays)).toBe("2024-02-02");
    // Mon 2024-01-08 → Tue 9 … Mon 5 Feb (20)
    expect(publicationDeadline("2024-01-08", weekdays)).toBe("2024-02-05");
    // across a month end and a leap day: Thu 2024-02-01 → Fri 2 (1) … Thu 29 Feb (20)
    expect(publicationDeadline("2024-02-01", weekdays)).toBe("2024-02-29");
  });

  it("across 国庆 2020: the eight days off are skipped and both make-up weekend days count", () => {
    // Fri 2020-09-25 → Sun 27 (1, 调休上班), Mon 28–Wed 30 (4), [1–8 Oct off], Fri 9 (5), Sat 10 (6, 调休上班),
    // 12–16 (11), 19–23 (16), Mon 26–Thu 29 (20). Counting Monday–Friday only would give Fri 23 Oct.
    expect(publicationDeadline("2020-09-25", national2020)).toBe("2020-10-29");
    expect(publicationDeadline("2020-09-25", weekdays)).toBe("2020-10-23");
    // Wed 2020-09-30 → Fri 9 Oct (1), Sat 10 (2), 12–16 (7), 19–23 (12), 26–30 (17), Mon 2–Wed 4 Nov (20).
    expect(publicationDeadline("2020-09-30", national2020)).toBe("2020-11-04");
    // Made during the holiday, Sat 2020-10-03 → Fri 9 (1), Sat 10 (2) … the same 20th day as from 30 Sep.
    expect(publicationDeadline("2020-10-03", national2020)).toBe("2020-11-04");
  });

  it("the calendar shipped in lib/calendar/holidays.ts gives the same 2020 dates", () => {
    const shipped = calendarFromDays(HOLIDAY_DAYS);
    expect(publicationDeadline("2020-09-25", shipped)).toBe("2020-10-29");
    expect(publicationDeadline("2020-09-30", shipped)).toBe("2020-11-04");
    // 国庆 2024 (1–7 Oct off, Sun 29 Sep and Sat 12 Oct worked), as e2e/items-admin.spec.ts uses it: Fri 2024-09-27 →
    // Sun 29 (1), Mon 30 (2), Tue 8–Sat 12 Oct (7), 14–18 (12), 21–25 (17), Mon 28–Wed 30 Oct (20).
    expect(publicationDeadline("2024-09-27", shipped)).toBe("2024-10-30");
    expect(publicationDeadline("2024-09-27", weekdays)).toBe("2024-10-25");
  });
});

describe("isPublishedLate", () => {
  it("is on time up to and including the 20th working day", () => {
    expect(isPublishedLate("2024-01-05", "2024-01-05", weekdays)).toBe(false);
    expect(isPublishedLate("2024-01-05", "2024-02-02", weekdays)).toBe(false);
    expect(isPublishedLate("2020-09-25", "2020-10-29", national2020)).toBe(false);
  });

  it("is late from the next day on, weekend or not", () => {
    expect(isPublishedLate("2024-01-05", "2024-02-03", weekdays)).toBe(true);
    expect(isPublishedLate("2024-01-05", "2024-02-05", weekdays)).toBe(true);
    expect(isPublishedLate("2020-09-25", "2020-10-30", national2020)).toBe(true);
  });
});

describe("publicationFlag", () => {
  const made = { disclosure: "proactive", createdOn: "2024-01-05" };
  it("flags proactive items published late, or still unpublished after the deadline", () => {
    expect(publicationFlag({ ...made, publishedOn: "2024-02-02" }, "2024-06-01", weekdays)).toBeNull();
    expect(publicationFlag({ ...made, publishedOn: "2024-02-05" }, "2024-06-01", weekdays)).toBe("late");
    expect(publicationFlag({ ...made, publishedOn: null }, "2024-02-02", weekdays)).toBeNull();
    expect(publicationFlag({ ...made, publishedOn: null }, "2024-02-03", weekdays)).toBe("overdue");
  });

  it("follows the holiday calendar around 国庆 2020: Monday–Friday counting would flag these wrongly", () => {
    const item = { disclosure: "proactive", createdOn: "2020-09-25" };
    // Published Mon 26 Oct: late by weekdays, in time by the real calendar (deadline Thu 29 Oct).
    expect(publicationFlag({ ...item, publishedOn: "2020-10-26" }, "2021-01-01", weekdays)).toBe("late");
    expect(publicationFlag({ ...item, publishedOn: "2020-10-26" }, "2021-01-01", national2020)).toBeNull();
    expect(publicationFlag({ ...item, publishedOn: "2020-10-30" }, "2021-01-01", national2020)).toBe("late");
    // Not yet published: overdue only from the day after the 20th working day.
    expect(publicationFlag({ ...item, publishedOn: null }, "2020-10-29", national2020)).toBeNull();
    expect(publicationFlag({ ...item, publishedOn: null }, "2020-10-30", national2020)).toBe("overdue");
  });

  it("leaves information not disclosed proactively alone", () => {
    expect(publicationFlag({ ...made, disclosure: "on_request", publishedOn: null }, "2025-01-01", weekdays)).toBeNull();
  });
});

describe("inTimeCutoffs", () => {
  it("says late for exactly the items isPublishedLate calls late, around the Spring Festival and National Day", () => {
    const cal = calendarFromDays(HOLIDAY_DAYS);
    for (const [first, last] of [["2024-01-20", "2024-03-10"], ["2024-09-15", "2024-11-10"]]) {
      const cutoffs = inTimeCutoffs(first, last, cal);
      expect(cutoffs[0].publishedOn).toBe(first);
      expect(cutoffs.at(-1)!.publishedOn).toBe(last);
      for (const { publishedOn, createdBefore } of cutoffs) {
        for (let back = 0; back <= 80; back++) {
          const createdOn = addCalendarDays(publishedOn, -back);
          expect(createdOn < createdBefore, `${createdOn} → ${publishedOn}`).toBe(isPublishedLate(createdOn, publishedOn, cal));
        }
      }
    }
  });
});
