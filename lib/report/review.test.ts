import { describe, expect, it } from "vitest";
import { involvedLabel } from "./review";

describe("involvedLabel", () => {
  const comparison = [{ path: "group.withheld", label: "不予公开", previous: 0, current: 8, delta: 8, large: true }];

  it("names prose parts, figures, compared figures and table cells in words", () => {
    expect(involvedLabel("2021", "text.problems", comparison)).toBe("五、存在的主要问题及改进情况");
    expect(involvedLabel("2021", "text.summary.itemsCreated", comparison)).toBe("正文数字 summary.itemsCreated");
    expect(involvedLabel("2021", "group.withheld", comparison)).toBe("不予公开");
    expect(involvedLabel("2021", "requests.carried_in.total", comparison)).toBe("二、上年结转政府信息公开申请数量 / 申请人情况 / 总计");
    expect(involvedLabel("2019", "requests.other.natural_person", [])).toBe("三、本年度办理结果 / （六）其他处理 / 申请人情况 / 自然人");
  });
});
