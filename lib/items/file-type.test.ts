import { describe, expect, it } from "vitest";
import { attachmentDisposition, detectFileType, safeFileName } from "./file-type";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

describe("detectFileType", () => {
  it("recognises the allowed types by their first bytes", () => {
    expect(detectFileType(bytes("%PDF-1.7\n"))).toBe("pdf");
    expect(detectFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("png");
    expect(detectFileType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpg");
    expect(detectFileType(bytes([0x50, 0x4b, 0x03, 0x04], "....[Content_Types].xml....word/document.xml"))).toBe("docx");
    expect(detectFileType(bytes([0x50, 0x4b, 0x03, 0x04], "....xl/workbook.xml....xl/styles.xml"))).toBe("xlsx");
  });

  it("refuses everything else, whatever its name", () => {
    expect(detectFileType(bytes("<html><script>alert(1)</script>"))).toBeNull();
    expect(detectFileType(bytes("MZ\x90\x00"))).toBeNull(); // a Windows executable
    expect(detectFileType(bytes([0x50, 0x4b, 0x03, 0x04], "evil.js"))).toBeNull(); // a plain ZIP
    expect(detectFileType(bytes("GIF89a"))).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
  });
});

describe("safeFileName", () => {
  it("keeps the name, drops directories and forces the detected extension", () => {
    expect(safeFileName("C:\\Users\\x\\附件1 名单.pdf", "pdf")).toBe("附件1 名单.pdf");
    expect(safeFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(safeFileName("report.exe", "xlsx")).toBe("report.xlsx");
    expect(safeFileName('a"b<c>.png', "png")).toBe("abc.png");
    expect(safeFileName("", "jpg")).toBe("附件.jpg");
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name", () => {
    expect(attachmentDisposition("名单 (1).pdf")).toBe(
      "attachment; filename=\"__ (1).pdf\"; filename*=UTF-8''%E5%90%8D%E5%8D%95%20%281%29.pdf",
    );
  });
});
