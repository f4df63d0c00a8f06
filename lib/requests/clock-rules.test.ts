// The 条例's rules for the next event on a ledger (validateNextEvent), and the fee: its pause and its rules.
import { describe, expect, it } from "vitest";
import { HOLIDAY_DAYS } from "@/lib/calendar/holidays";
import { calendarFromDays } from "@/lib/calendar/working-days";
import { computeClock, validateNextEvent, type ClockEvent } from "./clock";

const cal = calendarFromDays(HOLIDAY_DAYS);
const ev = (kind: string, on: string, detail?: ClockEvent["detail"]): ClockEvent => ({ kind, on, detail });

describe("validateNextEvent", () => {
  const received = [ev("received", "2024-03-01")];

  it("accepts a valid next event", () => {
    expect(validateNextEvent([], ev("received", "2024-03-01"))).toBeNull();
    expect(validateNextEvent(received, ev("correction_sent", "2024-03-04"))).toBeNull();
    expect(validateNextEvent(received, ev("extension_approved", "2024-03-20", '{"days":20}'), cal)).toBeNull();
    expect(validateNextEvent(received, ev("reply_sent", "2024-03-01"))).toBeNull();
  });

  it("requires a receipt first and only one", () => {
    expect(validateNextEvent([], ev("correction_sent", "2024-03-04"))).toBe("尚未登记收到申请");
    expect(validateNextEvent(received, ev("received", "2024-03-02"))).toBe("已登记收到申请，不能重复登记");
  });

  it("rejects a second 补正 notice", () => {
    const events = [...received, ev("correction_sent", "2024-03-04"), ev("correction_received", "2024-03-10")];
    expect(validateNextEvent(events, ev("correction_sent", "2024-03-11"))).toBe("补正通知应一次性告知（第三十条），不能再次发出");
    expect(validateNextEvent(events, ev("correction_received", "2024-03-11"))).toBe("已登记收到补正，不能重复登记");
    expect(validateNextEvent(received, ev("correction_received", "2024-03-11"))).toBe("未发出补正通知，不能登记收到补正");
  });

  it("rejects an extension over 20 working days, a second extension, and a malformed one", () => {
    expect(validateNextEvent(received, ev("extension_approved", "2024-03-20", { days: 21 }))).toBe(
      "延长的期限最长不得超过20个工作日（第三十三条）",
    );
    expect(validateNextEvent(received, ev("extension_approved", "2024-03-20", { days: 0 }))).toBe("延长期限应为正整数个工作日");
    expect(validateNextEvent(received, ev("extension_approved", "2024-03-20"))).toBe("延长期限应为正整数个工作日");
    expect(validateNextEvent(received, ev("extension_approved", "2024-03-20", "{bad json"))).toBe("延长期限应为正整数个工作日");
    const extended = [...received, ev("extension_approved", "2024-03-20", { days: 5 })];
    expect(validateNextEvent(extended, ev("extension_approved", "2024-03-21", { days: 5 }))).toBe("答复期限只能延长一次");
  });

  it("rejects an extension after the deadline (only when given the calendar)", () => {
    expect(validateNextEvent(received, ev("extension_approved", "2024-03-29", { days: 5 }), cal)).toBeNull();
    expect(validateNextEvent(received, ev("extension_approved", "2024-04-01", { days: 5 }), cal)).toBe(
      "答复期限已于2024-03-29届满，不能再延长",
    );
    expect(validateNextEvent(received, ev("extension_approved", "2024-04-01", { days: 5 }))).toBeNull();
  });

  it("rejects an extension or a consultation while waiting for the 补正", () => {
    const waiting = [...received, ev("correction_sent", "2024-03-04")];
    expect(validateNextEvent(waiting, ev("extension_approved", "2024-03-05", { days: 5 }))).toBe(
      "正在等待申请人补正，答复期限尚未起算，不能延长",
    );
    expect(validateNextEvent(waiting, ev("consultation_start", "2024-03-05"))).toBe("正在等待申请人补正，不能征求意见");
    // the reply (e.g. closing for no correction) is allowed
    expect(validateNextEvent(waiting, ev("reply_sent", "2024-04-30"))).toBeNull();
  });

  it("checks consultations open and close in pairs", () => {
    expect(validateNextEvent(received, ev("consultation_end", "2024-03-05"))).toBe("没有进行中的征求意见");
    const open = [...received, ev("consultation_start", "2024-03-04")];
    expect(validateNextEvent(open, ev("consultation_start", "2024-03-05"))).toBe("已有进行中的征求意见，请先登记其结束");
    expect(validateNextEvent(open, ev("correction_sent", "2024-03-05"))).toBe("征求意见进行中，不能发出补正通知");
    expect(validateNextEvent(open, ev("consultation_end", "2024-03-04"))).toBeNull();
  });

  it("closes the ledger at the reply except for notes", () => {
    const done = [...received, ev("reply_sent", "2024-03-20")];
    expect(validateNextEvent(done, ev("extension_approved", "2024-03-21", { days: 5 }))).toBe("申请已答复，答复期限已结束");
    expect(validateNextEvent(done, ev("reply_sent", "2024-03-21"))).toBe("申请已答复，答复期限已结束");
    expect(validateNextEvent(done, ev("note", "2024-03-21"))).toBeNull();
  });

  it("rejects bad dates, dates going backwards and unknown kinds", () => {
    expect(validateNextEvent(received, ev("reply_sent", "2024-02-30"))).toBe("事件日期无效（应为YYYY-MM-DD）：2024-02-30");
    expect(validateNextEvent(received, ev("reply_sent", "2024-02-28"))).toBe(
      "事件日期（2024-02-28）不得早于上一事件日期（2024-03-01）",
    );
    expect(validateNextEvent(received, ev("revoked", "2024-03-05"))).toBe("未知的事件类型：revoked");
    expect(validateNextEvent(received, ev("correction_sent", "2024-03-04", { deadline: "2024-03-01" }))).toBe(
      "补正期限应为不早于通知日期的有效日期",
    );
  });
});

describe("信息处理费 on the clock", () => {
  const noticed = [ev("received", "2024-03-01"), ev("fee_notice", "2024-03-11", { amountFen: 20000 })];

  it("stops the clock from the notice and gives 20 working days to pay", () => {
    const c = computeClock(noticed, cal);
    expect(c.status).toBe("paused");
    expect(c.waitingFor).toBe("fee");
    expect(c.remainingWorkingDays).toBe(15);
    // 3/12–15 (4), 3/18–22 (9), 3/25–29 (14), 4/1–3 (17), 4/7 Sun (18), 4/8–9 (20)
    expect(c.feeDueOn).toBe("2024-04-09");
    expect(c.steps[1]).toBe("3月11日 发出收费通知（200.00元） → 缴费期限至4月9日，等待缴费期间不计入答复期限");
  });

  it("resumes on payment, the wait not counted", () => {
    const c = computeClock([...noticed, ev("fee_paid", "2024-03-15")], cal);
    expect(c.status).toBe("running");
    expect(c.waitingFor).toBeNull();
    expect(c.feeDueOn).toBeNull();
    expect(c.dueOn).toBe("2024-04-08");
    expect(c.steps[2]).toBe("等待缴纳信息处理费 3月11日至3月15日（不计入期限，顺延5个工作日），截止4月8日");
  });

  it("closes unpaid with the outcome named in the reply step", () => {
    const c = computeClock([...noticed, ev("reply_sent", "2024-04-10", { outcome: "other.unpaid_fee" })], cal);
    expect(c.status).toBe("closed");
    expect(c.steps.slice(2)).toEqual([
      "等待缴纳信息处理费 3月11日起（答复时尚未登记结束，计至答复之日）",
      "4月10日 已答复：其他处理：申请人逾期未按收费通知要求缴纳费用",
    ]);
  });

  it("refuses a second notice, a notice after the deadline, payment without notice and consultation while waiting", () => {
    expect(validateNextEvent(noticed, ev("fee_notice", "2024-03-12"), cal)).toBe("已发出收费通知，一件申请只发一次");
    const consulting = [ev("received", "2024-03-01"), ev("consultation_start", "2024-03-04")];
    expect(validateNextEvent(consulting, ev("fee_notice", "2024-03-05"), cal)).toBe("征求意见进行中，不能发出收费通知");
    expect(validateNextEvent([...noticed, ev("fee_paid", "2024-03-15")], ev("fee_notice", "2024-03-18"), cal)).toBe(
      "已发出收费通知，一件申请只发一次",
    );
    expect(validateNextEvent([ev("received", "2024-03-01")], ev("fee_notice", "2024-04-01"), cal)).toBe(
      "收费通知应在答复期限内发出，答复期限已于2024-03-29届满",
    );
    expect(validateNextEvent([ev("received", "2024-03-01")], ev("fee_paid", "2024-03-05"), cal)).toBe("没有待缴纳的信息处理费");
    expect(validateNextEvent(noticed, ev("consultation_start", "2024-03-12"), cal)).toBe("正在等待缴纳信息处理费，不能征求意见");
    expect(validateNextEvent(noticed, ev("consultation_end", "2024-03-12"), cal)).toBe("没有进行中的征求意见");
  });
});
