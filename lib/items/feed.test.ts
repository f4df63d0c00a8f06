import { describe, expect, it } from "vitest";
import { atomFeed } from "./feed";

describe("atomFeed", () => {
  it("writes one escaped entry per item, newest date as the feed's update time", () => {
    const xml = atomFeed({
      title: "政府信息公开平台",
      origin: "https://gk.example.cn",
      items: [
        { id: "a1", title: "关于<公示>的通知 & 说明", publishedOn: "2024-03-05", indexNo: "003680183/2024-00001", docNo: "陶政〔2024〕3号", org: "小陶镇", category: "民政" },
      ],
    });
    expect(xml).toContain("<title>关于&lt;公示&gt;的通知 &amp; 说明</title>");
    expect(xml).toContain('<link rel="alternate" href="https://gk.example.cn/items/a1"/>');
    expect(xml).toContain("<updated>2024-03-05T00:00:00+08:00</updated>");
    expect(xml).toContain("<summary>索引号：003680183/2024-00001　文号：陶政〔2024〕3号　发布机构：小陶镇　主题分类：民政</summary>");
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });
});
