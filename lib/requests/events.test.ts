import { describe, expect, it } from "vitest";
import { describeEvent } from "./events";

describe("describeEvent", () => {
  it("says what was recorded, in Chinese", () => {
    expect(describeEvent("received", '{"channel":"mail_plain"}')).toBe("渠道：平常信函");
    expect(describeEvent("correction_sent", '{"items":"写明年份","deadline":"2024-03-20"}')).toBe("需补正：写明年份；补正期限：2024-03-20");
    expect(describeEvent("consultation_start", '{"with":"agency","party":"永安市自然资源局"}')).toBe("其他行政机关：永安市自然资源局");
    expect(describeEvent("extension_approved", '{"days":10,"approvedBy":"党政办主任","notifiedOn":"2024-03-01"}')).toBe(
      "延长10个工作日；批准人：党政办主任；告知申请人：2024-03-01",
    );
    expect(describeEvent("fee_notice", '{"basis":"per_page","amountFen":70050}')).toBe("按量计收 700.50元");
    expect(describeEvent("reply_sent", '{"outcome":"partial","reason":"涉及个人隐私"}')).toBe("部分公开；理由：涉及个人隐私");
    expect(describeEvent("calendar_changed", '{"note":"2024-03-08 改为休息日（节假日）","from":"2024-03-29","to":"2024-04-01"}')).toBe(
      "2024-03-08 改为休息日（节假日）；答复期限：2024-03-29 → 2024-04-01",
    );
  });
  it("shows nothing for an empty or unreadable detail", () => {
    expect(describeEvent("correction_received", null)).toBe("");
    expect(describeEvent("reply_sent", "{not json")).toBe("");
  });
});
