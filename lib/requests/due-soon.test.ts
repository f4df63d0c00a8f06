import { describe, expect, it } from "vitest";
import { HOLIDAY_DAYS } from "@/lib/calendar/holidays";
import { addCalendarDays, addWorkingDays, calendarFromDays, workingDaysBetween } from "@/lib/calendar/working-days";
import { DUE_SOON_WORKING_DAYS, dueSoonHorizon, isDueSoon } from "./queries";

describe("the due-soon horizon", () => {
  const cal = calendarFromDays(HOLIDAY_DAYS);

  it("is 5 working days on: over the 2025 Spring Festival (1月28日至2月4日放假，1月26日、2月8日上班)", () => {
    expect(DUE_SOON_WORKING_DAYS).toBe(5);
    // From Friday 24 January: Sunday 26 (a make-up working day), Monday 27, then 5, 6 and 7 February.
    expect(dueSoonHorizon("2025-01-24", cal)).toBe("2025-02-07");
  });

  it("says exactly what the working days left say, for every deadline (a working day) and every day around it", () => {
    for (let today = "2025-01-01"; today <= "2025-03-31"; today = addCalendarDays(today, 1)) {
      const horizon = dueSoonHorizon(today, cal);
      for (let k = 1; k <= 12; k++) {
        const dueOn = addWorkingDays(addCalendarDays(today, -6), k, cal);
        const overdue = today > dueOn;
        const byDaysLeft = isDueSoon({ overdue, daysLeft: workingDaysBetween(today, dueOn, cal) });
        expect(!overdue && dueOn <= horizon, `${today} → ${dueOn}`).toBe(byDaysLeft);
      }
    }
  });
});
