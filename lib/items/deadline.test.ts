import { describe, expect, it } from "vitest";
import { isPublishedLate, isWeekday, publicationDeadline, publicationFlag } from "./deadline";

describe("publicationDeadline (条例第二十六条, weekdays only)", () => {
  it("counts 20 working days from the day after 成文日期", () => {
    // Fri 2024-01-05 → Mon 8 … Fri 12 (5), 19 (10), 26 (15), Fri 2 Feb (20)
    expect(publicationDeadline("2024-01-05")).toBe("2024-02-02");
    // Sat 2024-01-06 → Mon 8 is the first working day, so the same deadline
    expect(publicationDeadline("2024-01-06")).toBe("2024-02-02");
    // Mon 2024-01-08 → Tue 9 … Mon 5 Feb (20)
    expect(publicationDeadline("2024-01-08")).toBe("2024-02-05");
    // across a month end and a leap day: Thu 2024-02-01 → Fri 2 (1) … Thu 29 Feb (20)
    expect(publicationDeadline("2024-02-01")).toBe("2024-02-29");
  });

  it("uses the calendar it is given", () => {
    // With 2024-01-08 … 2024-01-12 declared holidays, the deadline moves by one week.
    const holidays = new Set(["2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11", "2024-01-12"]);
    expect(publicationDeadline("2024-01-05", (d) => isWeekday(d) && !holidays.has(d))).toBe("2024-02-09");
  });
});

describe("isPublishedLate", () => {
  it("is on time up to and including the 20th working day", () => {
    expect(isPublishedLate("2024-01-05", "2024-01-05", isWeekday)).toBe(false);
    expect(isPublishedLate("2024-01-05", "2024-02-02", isWeekday)).toBe(false);
  });

  it("is late from the next day on, weekend or not", () => {
    expect(isPublishedLate("2024-01-05", "2024-02-03", isWeekday)).toBe(true);
    expect(isPublishedLate("2024-01-05", "2024-02-05", isWeekday)).toBe(true);
  });
});

describe("publicationFlag", () => {
  const made = { disclosure: "proactive", createdOn: "2024-01-05" };
  it("flags proactive items published late, or still unpublished after the deadline", () => {
    expect(publicationFlag({ ...made, publishedOn: "2024-02-02" }, "2024-06-01")).toBeNull();
    expect(publicationFlag({ ...made, publishedOn: "2024-02-05" }, "2024-06-01")).toBe("late");
    expect(publicationFlag({ ...made, publishedOn: null }, "2024-02-02")).toBeNull();
    expect(publicationFlag({ ...made, publishedOn: null }, "2024-02-03")).toBe("overdue");
  });
  it("leaves information not disclosed proactively alone", () => {
    expect(publicationFlag({ ...made, disclosure: "on_request", publishedOn: null }, "2025-01-01")).toBeNull();
  });
});
