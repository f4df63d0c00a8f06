import { describe, expect, it } from "vitest";
import { HOLIDAY_DAYS } from "@/lib/calendar/holidays";
import { calendarFromDays } from "@/lib/calendar/working-days";
import { computeClock, isOverdue, workingDaysLeft, type ClockEvent } from "./clock";

const cal = calendarFromDays(HOLIDAY_DAYS);
const ev = (kind: string, on: string, detail?: ClockEvent["detail"]): ClockEvent => ({ kind, on, detail });

describe("computeClock", () => {
  it("has no deadline before receipt", () => {
    const c = computeClock([], cal);
    expect(c.status).toBe("not_received");
    expect(c.dueOn).toBeNull();
    expect(c.correctionNoticeDueOn).toBeNull();
    expect(c.steps).toEqual([]);
  });

  it("counts 20 working days from receipt and 7 for the 补正 notice", () => {
    const c = computeClock([ev("received", "2024-03-01")], cal);
    expect(c.status).toBe("running");
    expect(c.dueOn).toBe("2024-03-29");
    // 3/4–8 (5), 3/11 (6), 3/12 (7)
    expect(c.correctionNoticeDueOn).toBe("2024-03-12");
    expect(c.steps).toEqual(["3月1日 收到申请 → 起算20个工作日，截止3月29日"]);
  });

  it("uses the 2024 国庆 调休 days (9月29日 Sunday, 10月12日 Saturday)", () => {
    const c = computeClock([ev("received", "2024-09-20")], cal);
    expect(c.dueOn).toBe("2024-10-23");
    // 9/23–27 (5), 9/29 Sunday worked (6), 9/30 (7) — without the 调休 day it would be 10/8
    expect(c.correctionNoticeDueOn).toBe("2024-09-30");
  });

  it("spans 2025 春节", () => {
    const c = computeClock([ev("received", "2025-01-20")], cal);
    expect(c.dueOn).toBe("2025-02-21");
    expect(c.correctionNoticeDueOn).toBe("2025-02-05");
  });

  it("shows the year when the deadline falls in the next year", () => {
    const c = computeClock([ev("received", "2024-12-20")], cal);
    expect(c.dueOn).toBe("2025-01-20");
    expect(c.steps).toEqual(["12月20日 收到申请 → 起算20个工作日，截止2025年1月20日"]);
  });

  it("stops the deadline while waiting for the 补正 and restarts it from the correction", () => {
    const waiting = computeClock([ev("received", "2024-03-01"), ev("correction_sent", "2024-03-04")], cal);
    expect(waiting.status).toBe("awaiting_correction");
    expect(waiting.dueOn).toBeNull();
    expect(waiting.paused).toBe(false);
    expect(isOverdue(waiting, "2024-06-01")).toBe(false);

    const restarted = computeClock(
      [ev("received", "2024-03-01"), ev("correction_sent", "2024-03-04"), ev("correction_received", "2024-03-10")],
      cal,
    );
    expect(restarted.status).toBe("running");
    expect(restarted.startedOn).toBe("2024-03-10");
    // A full 20 days again, not the 19 left: 3/11–15, 18–22, 25–29, 4/1–3, 4/7 (Sunday worked), 4/8
    expect(restarted.dueOn).toBe("2024-04-08");
    expect(restarted.correctionNoticeDueOn).toBe("2024-03-12");
    expect(restarted.steps).toEqual([
      "3月1日 收到申请 → 起算20个工作日，截止3月29日",
      "3月4日 发出补正通知（一次性） → 答复期限自收到补正之日起重新计算",
      "3月10日 收到补正 → 重新起算20个工作日，截止4月8日",
    ]);
  });

  it("notes the 补正 deadline given and a late 补正 notice", () => {
    const c = computeClock(
      [ev("received", "2024-03-01"), ev("correction_sent", "2024-03-13", JSON.stringify({ deadline: "2024-03-27" }))],
      cal,
    );
    expect(c.steps[1]).toBe(
      "3月13日 发出补正通知（一次性），补正期限至3月27日；已超过7个工作日的告知期限（3月12日） → 答复期限自收到补正之日起重新计算",
    );
  });

  it("pauses during a consultation and then pushes the deadline by the working days it covered", () => {
    const open = computeClock([ev("received", "2024-03-01"), ev("consultation_start", "2024-03-11")], cal);
    expect(open.status).toBe("paused");
    expect(open.paused).toBe(true);
    expect(open.dueOn).toBeNull();
    // 3/4–8 counted before the consultation began
    expect(open.remainingWorkingDays).toBe(15);
    expect(open.steps[1]).toBe("征求第三方意见 3月11日起（进行中，期限暂停，剩余15个工作日；对方应自收到征求意见书之日起15个工作日内提出意见（当日收到则至4月1日））");
    expect(isOverdue(open, "2024-12-31")).toBe(false);

    const closed = computeClock(
      [ev("received", "2024-03-01"), ev("consultation_start", "2024-03-11"), ev("consultation_end", "2024-03-15")],
      cal,
    );
    expect(closed.status).toBe("running");
    expect(closed.paused).toBe(false);
    expect(closed.excludedWorkingDays).toBe(5);
    // 3/29 + 5: 4/1, 4/2, 4/3, 4/7 (Sunday worked), 4/8
    expect(closed.dueOn).toBe("2024-04-08");
    expect(closed.steps[1]).toBe("征求第三方意见 3月11日至3月15日（不计入期限，顺延5个工作日），截止4月8日");
  });

  it("labels a consultation of another agency (第三十四条)", () => {
    const c = computeClock(
      [
        ev("received", "2024-03-01"),
        ev("consultation_start", "2024-03-04", { with: "agency" }),
        ev("consultation_end", "2024-03-04"),
      ],
      cal,
    );
    // one working day, both ends inclusive
    expect(c.steps[1]).toBe("征求其他机关意见 3月4日至3月4日（不计入期限，顺延1个工作日），截止4月1日");
    expect(c.dueOn).toBe("2024-04-01");
  });

  it("does not revive a deadline that had passed before the consultation began", () => {
    const c = computeClock([ev("received", "2024-03-01"), ev("consultation_start", "2024-04-02")], cal);
    expect(c.paused).toBe(false);
    expect(c.status).toBe("running");
    expect(c.dueOn).toBe("2024-03-29");
    expect(c.steps[1]).toBe("征求第三方意见 4月2日起（进行中；答复期限此前已届满，不影响期限；对方应自收到征求意见书之日起15个工作日内提出意见（当日收到则至4月24日））");
    expect(isOverdue(c, "2024-04-02")).toBe(true);
  });

  it("walks through the whole 2024 example: 补正, consultation, extension, reply", () => {
    const events = [
      ev("received", "2024-03-01"),
      ev("correction_sent", "2024-03-04"),
      ev("correction_received", "2024-03-10"),
      ev("consultation_start", "2024-03-12"),
      ev("consultation_end", "2024-03-20"),
      ev("extension_approved", "2024-04-01", JSON.stringify({ days: 20, approvedBy: "办公室主任" })),
    ];
    const c = computeClock(events, cal);
    // 4/8 + 7 (3/12–15, 18–20) = 4/17; + 20: 4/18–19, 22–26, 4/28 Sun, 4/29–30, 5/6–10, 5/11 Sat, 5/13–16
    expect(c.dueOn).toBe("2024-05-16");
    expect(c.extensionDays).toBe(20);
    expect(c.excludedWorkingDays).toBe(7);
    expect(c.steps).toEqual([
      "3月1日 收到申请 → 起算20个工作日，截止3月29日",
      "3月4日 发出补正通知（一次性） → 答复期限自收到补正之日起重新计算",
      "3月10日 收到补正 → 重新起算20个工作日，截止4月8日",
      "征求第三方意见 3月12日至3月20日（不计入期限，顺延7个工作日），截止4月17日",
      "4月1日 延长答复期限20个工作日（经负责人同意），截止5月16日",
    ]);
    expect(isOverdue(c, "2024-05-16")).toBe(false);
    expect(isOverdue(c, "2024-05-17")).toBe(true);

    const replied = computeClock([...events, ev("reply_sent", "2024-05-10")], cal);
    expect(replied.status).toBe("closed");
    expect(replied.dueOn).toBeNull();
    expect(replied.dueOnAtReply).toBe("2024-05-16");
    expect(replied.repliedLate).toBe(false);
    expect(replied.steps.at(-1)).toBe("5月10日 已答复");
    expect(isOverdue(replied, "2024-06-01")).toBe(false);
  });

  it("extends by the approved number of days during an open consultation", () => {
    const c = computeClock(
      [ev("received", "2024-03-01"), ev("consultation_start", "2024-03-11"), ev("extension_approved", "2024-03-12", { days: 10 })],
      cal,
    );
    expect(c.paused).toBe(true);
    expect(c.remainingWorkingDays).toBe(25);
    expect(c.steps[1]).toBe("3月12日 延长答复期限10个工作日（经负责人同意），征求意见期间期限暂停，剩余25个工作日");
  });

  it("marks a late reply with the working days overdue", () => {
    const c = computeClock([ev("received", "2024-09-20"), ev("reply_sent", "2024-10-25")], cal);
    expect(c.repliedLate).toBe(true);
    expect(c.dueOnAtReply).toBe("2024-10-23");
    expect(c.steps.at(-1)).toBe("10月25日 已答复（超过答复期限10月23日，逾期2个工作日）");
  });

  it("closes an open consultation at the reply", () => {
    const c = computeClock(
      [ev("received", "2024-03-01"), ev("consultation_start", "2024-03-11"), ev("reply_sent", "2024-03-20")],
      cal,
    );
    expect(c.status).toBe("closed");
    expect(c.paused).toBe(false);
    expect(c.repliedLate).toBe(false);
    // 3/11–20 skipped (8 working days): 3/29 + 8 = 4/1–3, 4/7, 4/8–11
    expect(c.dueOnAtReply).toBe("2024-04-11");
    expect(c.steps.slice(1)).toEqual(["征求第三方意见 3月11日起（答复时尚未登记结束，计至答复之日）", "3月20日 已答复"]);
  });

  it("takes events by legal date and accepts JSON or object detail", () => {
    const a = computeClock([ev("extension_approved", "2024-03-05", '{"days":5}'), ev("received", "2024-03-01")], cal);
    const b = computeClock([ev("received", "2024-03-01"), ev("extension_approved", "2024-03-05", { days: 5 })], cal);
    expect(a.dueOn).toBe("2024-04-08"); // 3/29 + 5: 4/1, 4/2, 4/3, 4/7 (Sunday worked), 4/8
    expect(b.dueOn).toBe(a.dueOn);
  });

  it("skips rule-breaking ledger rows and reports them", () => {
    const c = computeClock(
      [
        ev("received", "2024-03-01"),
        ev("extension_approved", "2024-03-05", { days: 10 }),
        ev("extension_approved", "2024-03-06", { days: 20 }),
        ev("correction_received", "2024-03-07"),
      ],
      cal,
    );
    expect(c.extensionDays).toBe(10);
    expect(c.problems).toEqual([
      "2024-03-06 extension_approved：答复期限只能延长一次",
      "2024-03-07 correction_received：未发出补正通知，不能登记收到补正",
    ]);
  });

  it("explains a calendar change", () => {
    const c = computeClock([ev("received", "2024-03-01"), ev("calendar_changed", "2024-03-02"), ev("note", "2024-03-02")], cal);
    expect(c.steps).toEqual(["3月1日 收到申请 → 起算20个工作日，截止3月29日", "3月2日 节假日安排调整，期限按现行日历重新计算"]);
  });
});

describe("workingDaysLeft", () => {
  it("counts working days to the deadline, negative when overdue", () => {
    const c = computeClock([ev("received", "2024-09-20")], cal); // due 2024-10-23
    expect(workingDaysLeft(c, "2024-10-21", cal)).toBe(2);
    expect(workingDaysLeft(c, "2024-10-23", cal)).toBe(0);
    expect(workingDaysLeft(c, "2024-10-28", cal)).toBe(-3);
    expect(isOverdue(c, "2024-10-23")).toBe(false);
    expect(isOverdue(c, "2024-10-24")).toBe(true);
  });
});

describe("computeClock across holidays, with exact dates worked out by hand", () => {
  it("crosses 2024 春节 with its make-up Sundays (2月4日, 2月18日)", () => {
    const c = computeClock([ev("received", "2024-01-26")], cal);
    // 1/29–2/2 (5), 2/4 Sun worked (6), 2/5–9 (11), 2/10–17 off, 2/18 Sun worked (12), 2/19–23 (17), 2/26–28 (20).
    // Monday–Friday alone would give 3月1日.
    expect(c.dueOn).toBe("2024-02-28");
    // 1/29–2/2 (5), 2/4 (6), 2/5 (7)
    expect(c.correctionNoticeDueOn).toBe("2024-02-05");
  });

  it("restarts the full 20 days from a 补正 received just before 2024 春节", () => {
    const before = computeClock([ev("received", "2024-02-01")], cal);
    // 2/2, 2/4, 2/5–9 (7), 2/18 (8), 2/19–23 (13), 2/26–3/1 (18), 3/4–5 (20)
    expect(before.dueOn).toBe("2024-03-05");
    const c = computeClock(
      [
        ev("received", "2024-02-01"),
        ev("correction_sent", "2024-02-05", { deadline: "2024-02-29" }),
        ev("correction_received", "2024-02-08"),
      ],
      cal,
    );
    // from 2/8: 2/9 (1), 2/18 Sun (2), 2/19–23 (7), 2/26–3/1 (12), 3/4–8 (17), 3/11–13 (20)
    expect(c.dueOn).toBe("2024-03-13");
    expect(c.steps).toEqual([
      "2月1日 收到申请 → 起算20个工作日，截止3月5日",
      "2月5日 发出补正通知（一次性），补正期限至2月29日 → 答复期限自收到补正之日起重新计算",
      "2月8日 收到补正 → 重新起算20个工作日，截止3月13日",
    ]);
  });

  it("excludes a consultation spanning 2024 国庆, counting only the working days it covered", () => {
    const c = computeClock(
      [ev("received", "2024-09-20"), ev("consultation_start", "2024-09-27"), ev("consultation_end", "2024-10-09")],
      cal,
    );
    // skipped: 9/27, 9/29 (Sunday worked), 9/30, 10/8, 10/9 = 5; 10/23 + 5 = 10/24, 25, 28, 29, 30
    expect(c.excludedWorkingDays).toBe(5);
    expect(c.dueOn).toBe("2024-10-30");
  });

  it("extends across 2024 国庆 including the 10月12日 make-up Saturday", () => {
    const c = computeClock([ev("received", "2024-09-02"), ev("extension_approved", "2024-09-25", { days: 10 })], cal);
    // base: 9/3–6 (4), 9/9–13 (9), 9/14 Sat worked (10), 9/18–20 (13), 9/23–27 (18), 9/29 Sun (19), 9/30 (20);
    // +10: 10/8–11 (4), 10/12 Sat (5), 10/14–18 (10)
    expect(c.dueOn).toBe("2024-10-18");
    expect(c.steps[1]).toBe("9月25日 延长答复期限10个工作日（经负责人同意），截止10月18日");
  });
});

describe("calendar change in the history", () => {
  it("shows the day that changed and the deadline old → new", () => {
    const c = computeClock(
      [ev("received", "2024-03-01"), ev("calendar_changed", "2024-03-02", { date: "2024-03-08", from: "2024-03-29", to: "2024-04-01" })],
      cal,
    );
    expect(c.steps[1]).toBe("3月2日 节假日安排调整（3月8日），答复期限由3月29日调整为4月1日");
  });
});
