import { describe, expect, it } from "vitest";
import { downloadName } from "./download-name";

describe("downloadName", () => {
  it("prefers the UTF-8 name, then the plain one, then the fallback", () => {
    expect(downloadName(`attachment; filename="report-xt-2020.docx"; filename*=UTF-8''${encodeURIComponent("小陶镇2020年报.docx")}`, "x")).toBe("小陶镇2020年报.docx");
    expect(downloadName(`attachment; filename="audit-2026-01-02.csv"`, "x")).toBe("audit-2026-01-02.csv");
    expect(downloadName(`attachment; filename="a.csv"; filename*=UTF-8''%E0%A4%A`, "x")).toBe("a.csv");
    expect(downloadName(null, "report.xlsx")).toBe("report.xlsx");
  });
});
