import { describe, expect, it } from "vitest";
import { SIMILAR_THRESHOLD, descriptionSimilarity } from "./similarity";

describe("descriptionSimilarity", () => {
  it("is 1 for the same text, ignoring punctuation and spaces", () => {
    expect(descriptionSimilarity("2023年危房改造名单", "2023年 危房改造名单。")).toBe(1);
  });
  it("scores by shared character pairs (Dice coefficient)", () => {
    // 危房改造名单: 危房 房改 改造 造名 名单 (5); 危房改造资金: 危房 房改 改造 造资 资金 (5); 3 shared → 6/10.
    expect(descriptionSimilarity("危房改造名单", "危房改造资金")).toBe(0.6);
    expect(descriptionSimilarity("低保资金发放情况", "森林防火期管理通告")).toBe(0);
  });
  it("flags a reworded repeat and not an unrelated request", () => {
    const earlier = "请公开2023年小陶镇农村危房改造补助对象名单";
    expect(descriptionSimilarity(earlier, "申请公开小陶镇2023年农村危房改造补助对象名单")).toBeGreaterThanOrEqual(SIMILAR_THRESHOLD);
    expect(descriptionSimilarity(earlier, "请公开2023年小陶镇财政预算执行情况")).toBeLessThan(SIMILAR_THRESHOLD);
  });
  it("is 0 when either text is empty", () => {
    expect(descriptionSimilarity("", "名单")).toBe(0);
  });
});
