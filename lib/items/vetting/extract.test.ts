import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tinyPdf } from "@/test/tiny-pdf";
import { extractAttachmentText } from "./extract";

describe("extractAttachmentText", () => {
  it("reads the text of a PDF", async () => {
    const result = await extractAttachmentText("pdf", tinyPdf(["Applicant ID 11010519491231002X", "Phone 13812341234"]));
    expect(result.text?.replace(/\s+/g, " ").trim()).toBe("Applicant ID 11010519491231002X Phone 13812341234");
  });

  it("reads the text of a DOCX", async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph("机密★一年"), new Paragraph("联系电话13812341234")] }] });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect((await extractAttachmentText("docx", bytes)).text?.trim()).toBe("机密★一年\n\n联系电话13812341234");
  });

  it("reads every cell of an XLSX, a row per line, cells apart", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("名单");
    sheet.addRow(["姓名", "身份证号"]);
    sheet.addRow(["张三", "11010519491231002X"]);
    sheet.addRow([6222021234567890, "内部资料"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await extractAttachmentText("xlsx", bytes)).text).toBe("名单\n姓名\t身份证号\n张三\t11010519491231002X\n6222021234567890\t内部资料");
  });

  it("says why an image or a damaged file has no text", async () => {
    expect(await extractAttachmentText("png", new Uint8Array([0x89, 0x50]))).toEqual({ text: null, reason: "图片或其他无法提取文字的文件，须人工查看" });
    expect(await extractAttachmentText("pdf", new Uint8Array(Buffer.from("%PDF-1.4 broken")))).toEqual({
      text: null,
      reason: "文件无法读取（可能已损坏或加密），须人工查看",
    });
  });
});
