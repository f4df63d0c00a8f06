import { describe, expect, it } from "vitest";
import { bodyParagraphs, bodyText, isHtmlBody, sanitizeBody } from "./body";

describe("item body", () => {
  it("tells HTML from plain text", () => {
    expect(isHtmlBody("<p>第一段</p>")).toBe(true);
    expect(isHtmlBody("价格 < 100 元，且 > 50 元")).toBe(false);
  });

  it("keeps formatting and drops scripts, handlers and unsafe links", () => {
    expect(sanitizeBody('<p onclick="x()">正文<script>alert(1)</script></p><a href="javascript:alert(1)">链接</a><img src=x onerror=alert(1)>')).toBe(
      '<p>正文</p><a rel="noopener noreferrer nofollow">链接</a>',
    );
    expect(sanitizeBody('<a href="https://www.gov.cn/">中国政府网</a>')).toBe('<a href="https://www.gov.cn/" rel="noopener noreferrer nofollow">中国政府网</a>');
  });

  it("splits plain text into paragraphs and strips tags for excerpts", () => {
    expect(bodyParagraphs("第一段。\n\n  第二段。\n")).toEqual(["第一段。", "第二段。"]);
    expect(bodyText("<p>第一段</p><p>第二段</p>")).toBe("第一段第二段");
  });
});
