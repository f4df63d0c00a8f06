import { describe, expect, it } from "vitest";
import { isIsoDate } from "./dates";

describe("isIsoDate", () => {
  it("accepts real calendar dates, 29 February only in leap years", () => {
    for (const date of ["2021-01-31", "2021-04-30", "2020-02-29", "2000-02-29", "2021-12-31", "2008-06-15"]) expect(isIsoDate(date)).toBe(true);
    for (const date of ["2021-02-29", "1900-02-29", "2021-04-31", "2021-06-31", "2021-09-31", "2021-11-31"]) expect(isIsoDate(date)).toBe(false);
  });

  it("rejects months and days out of range and anything not YYYY-MM-DD", () => {
    for (const date of ["2021-13-01", "2021-00-10", "2021-01-00", "2021-01-32", "2021-3-2", "21-03-02", "2021/03/02", "2021-03-02T00:00", ""]) {
      expect(isIsoDate(date)).toBe(false);
    }
  });
});
