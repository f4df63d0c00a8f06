import { describe, expect, it } from "vitest";
import { HOLIDAY_DAYS } from "@/lib/calendar/holidays";
import { calendarFromDays } from "@/lib/calendar/working-days";
import { computeClock } from "./clock";
import { availableSteps, ledgerOf } from "./ledger";

const cal = calendarFromDays(HOLIDAY_DAYS);

describe("ledgerOf", () => {
  it("stands in for the receipt and reply of an imported request", () => {
    const events = ledgerOf({ receivedOn: "2024-03-01", closedOn: "2024-03-20", outcome: "disclosed", events: [] });
    expect(events).toEqual([
      { kind: "received", on: "2024-03-01" },
      { kind: "reply_sent", on: "2024-03-20", detail: { outcome: "disclosed" } },
    ]);
    expect(computeClock(events, cal).steps.at(-1)).toBe("3月20日 已答复：予以公开");
  });
  it("leaves a recorded ledger as it is", () => {
    const events = [{ kind: "received", on: "2024-03-01" }];
    expect(ledgerOf({ receivedOn: "2024-03-01", closedOn: null, outcome: null, events })).toEqual(events);
  });
});

describe("availableSteps", () => {
  it("offers only confirmation before receipt", () => {
    expect(availableSteps([], cal, "2024-03-01")).toEqual(["received"]);
  });
  it("offers what the 条例 allows at each point", () => {
    const received = [{ kind: "received", on: "2024-03-01" }];
    expect(availableSteps(received, cal, "2024-03-05")).toEqual([
      "correction_sent",
      "consultation_start",
      "extension_approved",
      "fee_notice",
      "reply_sent",
    ]);
    const waiting = [...received, { kind: "correction_sent", on: "2024-03-04" }];
    expect(availableSteps(waiting, cal, "2024-03-05")).toEqual(["correction_received", "reply_sent"]);
    // after the deadline (3月29日) neither an extension nor a fee notice can be given
    expect(availableSteps(received, cal, "2024-04-01")).toEqual(["correction_sent", "consultation_start", "reply_sent"]);
    expect(availableSteps([...received, { kind: "reply_sent", on: "2024-03-05" }], cal, "2024-03-06")).toEqual([]);
  });
});
