import { describe, expect, it } from "vitest";
import { HOLIDAY_DAYS } from "@/lib/calendar/holidays";
import { calendarFromDays } from "@/lib/calendar/working-days";
import { computeClock, type ClockEvent } from "./clock";
import { statusFromClock } from "./status";

const cal = calendarFromDays(HOLIDAY_DAYS);
const status = (...events: ClockEvent[]) => statusFromClock(computeClock(events, cal));
const received = { kind: "received", on: "2024-03-01" };

describe("statusFromClock", () => {
  it("follows the ledger through every state", () => {
    expect(status()).toBe("awaiting_confirmation");
    expect(status(received)).toBe("received");
    expect(status(received, { kind: "correction_sent", on: "2024-03-04" })).toBe("awaiting_correction");
    expect(status(received, { kind: "consultation_start", on: "2024-03-04" })).toBe("consulting");
    // a consultation begun after the deadline still shows as consulting: the clerk is waiting for it
    expect(status(received, { kind: "consultation_start", on: "2024-04-02" })).toBe("consulting");
    expect(status(received, { kind: "fee_notice", on: "2024-03-04" })).toBe("awaiting_fee");
    expect(status(received, { kind: "extension_approved", on: "2024-03-04", detail: { days: 5 } })).toBe("extended");
    expect(status(received, { kind: "reply_sent", on: "2024-03-04" })).toBe("closed");
  });
});
