import { describe, expect, it } from "vitest";
import { activityDue, sessionExpired } from "./session-policy";

const MINUTE = 60_000;
const signedIn = Date.UTC(2026, 0, 5, 1, 0, 0);

describe("session expiry", () => {
  it("keeps a session active while the last activity is within the idle limit", () => {
    expect(sessionExpired({ sia: signedIn, la: signedIn }, signedIn + 30 * MINUTE, 30)).toBe(false);
    expect(sessionExpired({ sia: signedIn, la: signedIn + 5 * 60 * MINUTE }, signedIn + 5 * 60 * MINUTE + 29 * MINUTE, 30)).toBe(false);
  });

  it("ends a session idle for longer than the limit", () => {
    expect(sessionExpired({ sia: signedIn, la: signedIn }, signedIn + 30 * MINUTE + 1, 30)).toBe(true);
    expect(sessionExpired({ sia: signedIn, la: signedIn }, signedIn + 6 * MINUTE, 5)).toBe(true);
  });

  it("ends any session 12 hours after sign-in, however active", () => {
    expect(sessionExpired({ sia: signedIn, la: signedIn + 12 * 60 * MINUTE }, signedIn + 12 * 60 * MINUTE + 1, 30)).toBe(true);
  });

  it("treats a token without the clock (issued before this rule) as expired", () => {
    expect(sessionExpired({}, signedIn, 30)).toBe(true);
    expect(sessionExpired({ sia: signedIn }, signedIn, 30)).toBe(true);
  });

  it("renews the activity stamp at most once a minute", () => {
    expect(activityDue({ sia: signedIn, la: signedIn }, signedIn + 59_999)).toBe(false);
    expect(activityDue({ sia: signedIn, la: signedIn }, signedIn + MINUTE)).toBe(true);
    expect(activityDue({}, signedIn)).toBe(false);
  });
});
