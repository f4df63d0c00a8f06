import { describe, expect, it } from "vitest";
import { weekdaysOnlyCalendar } from "@/lib/calendar/working-days";
import { computeClock } from "@/lib/requests/clock";
import { outcomeCodes } from "@/lib/requests/codes";
import { readEvent, type LedgerEvent } from "@/lib/requests/events";
import { quoteFee, type FeeQuote } from "@/lib/requests/fee-rules";
import { noticeFactsOf, readChoices } from "./facts";
import { LETTER_CODES, UNKNOWN_REVIEW_BODY, remedyText, replyLetter, reviewBodyOf, type LetterCode } from "./legal";
import { chineseDate, noticeKindCodes, renderNotice, type NoticeFacts } from "./templates";

const EITHER = "如对本答复不服，可以自收到本答复之日起六十日内向永安市人民政府申请行政复议，也可以自收到本答复之日起六个月内依法向人民法院提起行政诉讼。";
const REVIEW_FIRST =
  "如对本答复不服，根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，应当先自收到本答复之日起六十日内向永安市人民政府申请行政复议；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。";

/** Every letter: the 条例 article it must cite and whether 复议 comes first (docs/NOTICES.md). */
const EXPECTED: Record<LetterCode, [basis: string, remedy: string]> = {
  disclosed: ["第三十六条第（二）项", EITHER],
  partial: ["第三十七条", REVIEW_FIRST],
  "withheld.state_secret": ["第十四条", REVIEW_FIRST],
  "withheld.prohibited_by_law": ["第十四条", REVIEW_FIRST],
  "withheld.security_stability": ["第十四条", REVIEW_FIRST],
  "withheld.third_party": ["第十五条", REVIEW_FIRST],
  "withheld.internal_affairs": ["第十六条第一款", REVIEW_FIRST],
  "withheld.process_info": ["第十六条第二款", REVIEW_FIRST],
  "withheld.enforcement_file": ["第十六条第二款", REVIEW_FIRST],
  "withheld.query_matter": ["第三十六条第（七）项", REVIEW_FIRST],
  "unavailable.not_held": ["第三十六条第（四）项", EITHER],
  not_ours: ["第三十六条第（五）项", EITHER],
  "unavailable.needs_creation": ["第三十八条", EITHER],
  "unavailable.unclear": ["第三十条", EITHER],
  "not_processed.complaint": ["第三十九条第一款", EITHER],
  "not_processed.duplicate": ["第三十六条第（六）项", EITHER],
  "not_processed.publication": ["第三十九条第二款", EITHER],
  "not_processed.excessive": ["第三十五条", EITHER],
  "not_processed.confirmation": ["第二条", EITHER],
  "other.no_correction": ["第三十条", EITHER],
  "other.unpaid_fee": ["第四十二条", EITHER],
  "other.other": ["第三十六条", EITHER],
};

const org = { name: "永安市小陶镇人民政府", kind: "township", officeName: "党政综合办公室", address: "小陶镇小陶街1号", phone: "0598-3700270", parent: { name: "永安市人民政府", kind: "county_government" } };
const cal = weekdaysOnlyCalendar();

function facts(events: LedgerEvent[], letter: LetterCode | null = null, quote: FeeQuote | null = null): NoticeFacts {
  const request = { number: "2024-0001", applicantName: "张三", description: "2023年小陶镇道路建设资金使用情况", submittedAt: new Date("2024-03-01T02:00:00Z"), receivedOn: "2024-03-01", outcome: null, closedOn: null };
  return noticeFactsOf({ org, request, events, clock: computeClock(events, cal), cal }, { letter, quote }, "2024-03-05");
}
const event = (kind: string, on: string, detail: Record<string, unknown> = {}) => readEvent({ kind, on, detail }) as LedgerEvent;
const received = event("received", "2024-03-01", { channel: "in_person" });

describe("答复书 of every outcome", () => {
  it("covers every outcome of table 三, plus 非本机关", () => {
    expect(new Set(LETTER_CODES)).toEqual(new Set([...outcomeCodes, "not_ours"]));
  });

  it.each(LETTER_CODES)("%s names its article and remedy", (code) => {
    const [basis, remedy] = EXPECTED[code];
    const { text } = renderNotice("reply", facts([received], code));
    expect(replyLetter(code).basis).toBe(basis);
    expect(text).toContain(`《中华人民共和国政府信息公开条例》${basis}`);
    expect(text).toContain(remedy);
  });

  it("prints the whole 不予公开 letter", () => {
    const { title, text } = renderNotice("reply", facts([received], "withheld.third_party"));
    expect(title).toBe("政府信息不予公开告知书");
    expect(text).toBe(
      [
        "张三：",
        "　　本机关于2024年3月1日收到您提出的政府信息公开申请（申请编号：2024-0001），申请公开“2023年小陶镇道路建设资金使用情况”。",
        "　　经审查，您申请公开的信息涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害，根据《中华人民共和国政府信息公开条例》第十五条的规定，本机关决定不予公开。",
        "　　【具体理由】",
        `　　${REVIEW_FIRST}`,
        "",
        "特此告知。",
        "",
        "地址：小陶镇小陶街1号　联系电话：0598-3700270",
        "",
        "永安市小陶镇人民政府",
        "2024年3月5日",
      ].join("\n"),
    );
  });
});

describe("复议机关 (行政复议法第二十四条)", () => {
  it("is the government the body belongs to or is under", () => {
    expect(reviewBodyOf(org)).toBe("永安市人民政府");
    expect(reviewBodyOf({ name: "永安市司法局", kind: "department", parent: { name: "永安市人民政府", kind: "county_government" } })).toBe("永安市人民政府");
    expect(reviewBodyOf({ name: "某省人民政府", kind: "provincial_government", parent: null })).toBe("某省人民政府");
    expect(reviewBodyOf({ name: "某机关", kind: "department", parent: null })).toBe(UNKNOWN_REVIEW_BODY);
    expect(remedyText("either", UNKNOWN_REVIEW_BODY)).toContain("向【行政复议机关】申请行政复议");
  });
});

describe("procedural notices, filled from the ledger and the clock", () => {
  it("the receipt gives the answer deadline from the clock", () => {
    expect(renderNotice("receipt", facts([received])).text).toContain("本机关将于2024年3月29日前作出答复");
  });

  it("the 补正 notice lists the items and the deadline recorded", () => {
    const sent = event("correction_sent", "2024-03-05", { items: "请写明道路名称", deadline: "2024-03-20" });
    const { text } = renderNotice("correction", facts([received, sent]));
    expect(text).toContain("　　请写明道路名称\n");
    expect(text).toContain("请您于2024年3月20日前向本机关提交补正材料");
  });

  it("the extension notice gives the days and the new deadline", () => {
    const ext = event("extension_approved", "2024-03-20", { days: 10, approvedBy: "李四", notifiedOn: "2024-03-20" });
    expect(renderNotice("extension", facts([received, ext])).text).toContain("答复期限延长10个工作日，本机关将于2024年4月12日前作出答复");
  });

  it("the consultation letter is addressed to the third party", () => {
    const start = event("consultation_start", "2024-03-06", { with: "third_party", party: "永安市某建筑公司" });
    expect(renderNotice("consultation", facts([received, start])).text.split("\n")[0]).toBe("永安市某建筑公司：");
  });

  it("the fee notice gives the amount and the payment deadline (20 working days)", () => {
    const fee = event("fee_notice", "2024-03-06", { amountFen: 110000, basis: "per_item" });
    const { text } = renderNotice("fee", facts([received, fee]));
    expect(text).toContain("计收方式：按件计收；应缴金额：1100.00元。");
    expect(text).toContain("请您于2024年4月3日前缴纳");
  });

  it("before a fee is recorded, the notice takes the calculator's quote, band by band", () => {
    const { text } = renderNotice("fee", facts([received], null, quoteFee("per_page", 120)));
    expect(text).toContain(
      "计收方式：按量计收（第1—30页 0.00元/页 × 30 = 0.00元；第31—100页 10.00元/页 × 70 = 700.00元；第101—120页 20.00元/页 × 20 = 400.00元）；应缴金额：1100.00元。",
    );
    expect(text).toContain("请您于2024年4月2日前缴纳");
  });

  it("a fact not recorded yet is a blank to fill in", () => {
    expect(renderNotice("correction", facts([received])).text).toContain("【需要补正的事项】");
    expect(chineseDate(null)).toBe("【日期】");
  });

  it("every kind renders with a title", () => {
    for (const kind of noticeKindCodes) expect(renderNotice(kind, facts([received])).title).not.toBe("");
  });
});

describe("the notice page's query", () => {
  it("reads the letter and the calculator, ignoring what is malformed", () => {
    expect(readChoices({ letter: "not_ours", basis: "per_item", units: "5", before: "8" })).toEqual({ letter: "not_ours", quote: quoteFee("per_item", 5, 8) });
    expect(readChoices({ letter: "toString", basis: "per_page", units: "1e3" })).toEqual({ letter: null, quote: null });
    expect(readChoices({ basis: "per_page", units: "40", before: "99" }).quote?.fen).toBe(10 * 10_00); // pages ignore the month
    expect(readChoices({ basis: "per_page", units: "999999" }).quote).toBeNull();
  });
});
