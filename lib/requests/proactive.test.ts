import { describe, expect, it } from "vitest";
import { descriptionSimilarity } from "./similarity";
import { PROACTIVE_THRESHOLD, applicantKey, isProactiveGroup, proactiveSuggestions, type Candidate } from "./proactive";

const c = (id: string, applicant: string, description: string): Candidate => ({ id, number: `2024-${id}`, applicant, description });

const ROADS = "请公开2023年小陶镇道路硬化工程资金使用情况";
const ROADS_2 = "申请公开小陶镇2023年道路硬化工程资金使用明细";
const ROADS_3 = "小陶镇2023年道路硬化工程的资金使用情况";
const BUDGET = "请公开2024年小陶镇财政预算";

describe("依申请转主动 suggestions", () => {
  it("the rewordings are alike at the threshold, the other request is not", () => {
    // 请公开2023年小陶镇道路硬化工程资金使用情况 vs its rewordings: Dice on character bigrams.
    expect(descriptionSimilarity(ROADS, ROADS_2)).toBeGreaterThanOrEqual(PROACTIVE_THRESHOLD);
    expect(descriptionSimilarity(ROADS, ROADS_3)).toBeGreaterThanOrEqual(PROACTIVE_THRESHOLD);
    expect(descriptionSimilarity(ROADS, BUDGET)).toBeLessThan(PROACTIVE_THRESHOLD);
  });

  it("takes the threshold inclusively (Dice counted by hand)", () => {
    // 低保资金表: 低保 保资 资金 金表; 低保资格表: 低保 保资 资格 格表 — 2 shared of 4 + 4 → 0.5.
    expect(descriptionSimilarity("低保资金表", "低保资格表")).toBe(0.5);
    expect(proactiveSuggestions([c("1", "a", "低保资金表"), c("2", "b", "低保资格表"), c("3", "c", "低保资金表")])).toHaveLength(1);
    // 低保资金发放 / 低保资格认定: 2 shared of 5 + 5 → 0.4.
    expect(descriptionSimilarity("低保资金发放", "低保资格认定")).toBe(0.4);
    expect(proactiveSuggestions([c("1", "a", "低保资金发放"), c("2", "b", "低保资格认定"), c("3", "c", "低保资格认定")])).toEqual([]);
  });

  it("suggests when three distinct applicants ask alike, not when one asks three times", () => {
    const three = [c("1", "a", ROADS), c("2", "b", BUDGET), c("3", "b", ROADS_2), c("4", "c", ROADS_3)];
    expect(proactiveSuggestions(three)).toEqual([{ requests: [three[0], three[2], three[3]], applicants: 3 }]);
    expect(proactiveSuggestions([c("1", "a", ROADS), c("2", "a", ROADS_2), c("3", "a", ROADS_3)])).toEqual([]);
    expect(proactiveSuggestions([c("1", "a", ROADS), c("2", "b", ROADS_2), c("3", "b", ROADS_3)])).toEqual([]);
  });

  it("puts a request in one group at most", () => {
    const list = [c("1", "a", ROADS), c("2", "b", ROADS_2), c("3", "c", ROADS_3), c("4", "d", ROADS)];
    const suggestions = proactiveSuggestions(list);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].requests.map((r) => r.id)).toEqual(["1", "2", "3", "4"]);
    expect(suggestions[0].applicants).toBe(4);
  });

  it("checks a group the clerk sends back", () => {
    expect(isProactiveGroup([c("1", "a", ROADS), c("2", "b", ROADS_2), c("3", "c", ROADS_3)])).toBe(true);
    expect(isProactiveGroup([c("1", "a", ROADS), c("2", "b", ROADS_2), c("3", "c", BUDGET)])).toBe(false);
    expect(isProactiveGroup([c("1", "a", ROADS), c("2", "b", ROADS_2)])).toBe(false);
    expect(isProactiveGroup([])).toBe(false);
  });

  it("knows an applicant by ID number, credit code, or name and phone", () => {
    expect(applicantKey({ idNumber: "35042519800101001x", orgCreditCode: null, applicantName: "张三", phone: "1" })).toBe("id:35042519800101001X");
    expect(applicantKey({ idNumber: null, orgCreditCode: "91350481MA2Y0000X1", applicantName: "某公司", phone: null })).toBe("org:91350481MA2Y0000X1");
    expect(applicantKey({ idNumber: null, orgCreditCode: null, applicantName: "李四", phone: "13800000000" })).toBe("name:李四|13800000000");
  });
});
