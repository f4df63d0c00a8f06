import { describe, expect, it } from "vitest";
import { appealCells, proactiveCells, requestCells } from "../assemble";
import type { ReportDocument } from "../document";
import { cellKeys, cellValue, tableLayouts } from "../layout";
import { defaultDraft } from "../text";
import type { ReportJson } from "../types";
import { EXPORT_FORMAT_CODES, exportFileName, writeExport } from "./index";
import { docxTables, xlsxSheets } from "./read-back";
import { XLSX_FIRST_TABLE_ROW } from "./xlsx";
import { SEED_ORGANIZATION, SEED_REPORT_2020 } from "@/test/report-fixtures";

const organization = { code: "xiaotao", ...SEED_ORGANIZATION };

const report2020: ReportJson = { ...SEED_REPORT_2020, checks: [] };
const fees = { collectedFen: 0, payments: 0 };
const doc2020: ReportDocument = {
  organization,
  report: report2020,
  parts: { ...defaultDraft({ year: 2020, organization, data: { ...report2020, fees } }), problems: "公开形式需进一步优化 & 加强培训。\n二是完善制度。" },
  status: { kind: "published", versionNo: 2, publishedAt: "2021-01-31T02:00:00.000Z", publishedBy: "审核人" },
};

// A 2021-format report with figures in many cells, counted by hand: 4 new, 1 carried in, 4 closed, 1 carried out.
const report2021: ReportJson = {
  org: "t",
  year: 2021,
  format: "2021",
  proactive: proactiveCells({
    format: "2021",
    items: [{ genre: "normative", disclosure: "proactive", created: 2, published: 2, publishedCumulative: 5, abolished: 1, inForce: 7 }],
    categories: [],
    requests: [],
    appeals: [],
    statistics: new Map([["licensing.decisions", "12"], ["fees.amount_wan", "1234.567891"]]),
  }),
  requests: requestCells("2021", [
    { applicantType: "natural_person", outcome: "disclosed", received: 2, carriedIn: 0, closed: 2, carriedOut: 0 },
    { applicantType: "legal_service", outcome: "other.unpaid_fee", received: 1, carriedIn: 1, closed: 2, carriedOut: 0 },
    { applicantType: "commercial", outcome: null, received: 1, carriedIn: 0, closed: 0, carriedOut: 1 },
  ]),
  appeals: appealCells([
    { kind: "review", result: "upheld", count: 2 },
    { kind: "litigation_after_review", result: "pending", count: 1 },
  ]),
  summary: { itemsCreated: 2, itemsProactive: 2, itemsOnRequest: 0, itemsWithheld: 0, itemsPublished: 2, itemsPublishedCumulative: 5, byCategory: [] },
  checks: [],
};
const doc2021: ReportDocument = {
  organization: { ...organization, code: "t", name: "测试镇人民政府" },
  report: report2021,
  parts: defaultDraft({ year: 2021, organization: { name: "测试镇人民政府" }, data: { ...report2021, fees } }),
  status: { kind: "draft" },
};

const asBuffer = async (doc: ReportDocument, format: "docx" | "xlsx") => (await writeExport(doc, format)) as Buffer;

describe("XLSX", () => {
  it("has one sheet per table, every data cell a number at its place in the official layout", async () => {
    for (const doc of [doc2020, doc2021]) {
      const sheets = await xlsxSheets(await asBuffer(doc, "xlsx"));
      expect(sheets.map((s) => s.name)).toEqual(["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]);
      const layouts = tableLayouts(doc.report.format);
      sheets.forEach((sheet, t) => {
        const numbers = sheet.rows.slice(XLSX_FIRST_TABLE_ROW - 1).flat().filter((v) => typeof v === "number");
        const expected = cellKeys(doc.report.format)
          .filter((k) => k.startsWith(`${layouts[t].key}.`))
          .map((k) => cellValue(doc.report, k));
        expect(numbers, sheet.name).toEqual(expected);
      });
    }
  });

  it("2020: table 二 rows read like the seed report", async () => {
    const [proactive] = await xlsxSheets(await asBuffer(doc2020, "xlsx"));
    const row = (label: string) => proactive.rows.find((r) => r[0] === label);
    expect(row("行政许可")).toEqual(["行政许可", 0, 11, 0]);
    expect(row("其他对外管理服务事项")).toEqual(["其他对外管理服务事项", 0, 64, 0]);
    expect(row("行政处罚")).toEqual(["行政处罚", 0, 64, 0]);
    expect(row("行政强制")).toEqual(["行政强制", 0, 5, 0]);
    expect(row("行政事业性收费")).toEqual(["行政事业性收费", 0, 0, null]);
    expect(proactive.rows[0][0]).toBe("永安市小陶镇人民政府2020年政府信息公开工作年度报告 二、主动公开政府信息情况");
    expect(proactive.rows[1][0]).toBe("第2版，2021-01-31 发布");
    expect(proactive.merges).toContain("A4:D4"); // 第二十条第（一）项 across the table
  });

  it("2021: merged headers of table 三 and an exact money cell", async () => {
    const [proactive, requests, appeals] = await xlsxSheets(await asBuffer(doc2021, "xlsx"));
    expect(proactive.rows.find((r) => r[0] === "行政事业性收费")).toEqual(["行政事业性收费", 1234.567891, null, null]);
    expect(requests.merges).toEqual(expect.arrayContaining(["A4:C6", "D4:J4", "D5:D6", "E5:I5", "J5:J6", "A9:A30", "B11:B18"]));
    expect(requests.rows[3][0]).toBe("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    const other = requests.rows.find((r) => r[2] === "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")!;
    expect(other.slice(3)).toEqual([0, 0, 0, 0, 2, 0, 2]);
    expect(appeals.rows[XLSX_FIRST_TABLE_ROW + 2]).toEqual([2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
  });
});

describe("DOCX", () => {
  it("lays the tables out with merged cells that fill every row of the grid", async () => {
    for (const doc of [doc2020, doc2021]) {
      const { tables } = await docxTables(await asBuffer(doc, "docx"));
      const layouts = tableLayouts(doc.report.format);
      expect(tables).toHaveLength(3);
      tables.forEach((rows, t) => {
        for (const row of rows) expect(row.reduce((n, c) => n + c.gridSpan, 0), layouts[t].key).toBe(layouts[t].columns);
      });
    }
  });

  it("2020: the cells read like the seed report", async () => {
    const { tables, xml } = await docxTables(await asBuffer(doc2020, "docx"));
    const texts = tables.map((rows) => rows.map((row) => row.filter((c) => c.vMerge !== "continue").map((c) => c.text)));
    expect(texts[0]).toContainEqual(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]);
    expect(texts[0]).toContainEqual(["行政许可", "0", "11", "0"]);
    expect(texts[0]).toContainEqual(["其他对外管理服务事项", "0", "64", "0"]);
    expect(texts[0]).toContainEqual(["政府集中采购", "0", "0"]);
    expect(texts[1][0]).toEqual(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"]);
    expect(texts[1]).toContainEqual(["（六）其他处理", "0", "0", "0", "0", "0", "0", "0"]);
    expect(texts[2][3]).toEqual(Array(15).fill("0"));
    // 三、本年度办理结果 spans the 20 outcome rows of the 2019 format.
    const outcomes = tables[1].map((row) => row[0]);
    expect(outcomes.slice(5, 25).map((c) => c.vMerge)).toEqual(["restart", ...Array(19).fill("continue")]);
    // The text, with the seed report's figures, and the fonts and A4 page.
    expect(xml).toContain("共制作信息16条，其中主动公开信息数16条，占比100%");
    expect(xml).toContain("历年累计主动公开信息数378条");
    expect(xml).toContain("公开形式需进一步优化 &amp; 加强培训。");
    for (const fontName of ["宋体", "仿宋_GB2312", "黑体"]) expect(xml).toContain(`w:eastAsia="${fontName}"`);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it("2021: money and the three （六） rows", async () => {
    const { tables } = await docxTables(await asBuffer(doc2021, "docx"));
    const texts = tables.map((rows) => rows.map((row) => row.filter((c) => c.vMerge !== "continue").map((c) => c.text)));
    expect(texts[0]).toContainEqual(["行政事业性收费", "1234.567891"]);
    expect(texts[0]).toContainEqual(["行政规范性文件", "2", "1", "7"]);
    expect(texts[1]).toContainEqual(["3.其他", "0", "0", "0", "0", "0", "0", "0"]);
    expect(texts[1]).toContainEqual(["四、结转下年度继续办理", "0", "1", "0", "0", "0", "0", "1"]);
  });
});

describe("HTML, CSV, JSON", () => {
  it("the print page is A4, with accessible tables and the text", async () => {
    const html = (await writeExport(doc2020, "html")) as string;
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("<h1>2020年政府信息公开工作年度报告</h1>");
    expect(html).toContain('<th id="req-outcomes" scope="rowgroup" rowspan="20">三、本年度办理结果</th>');
    expect(html).toContain('<td headers="proactive-g1 proactive-g1-r-licensing proactive-g1-c-delta" class="num">11</td>');
    expect(html).toContain("<p>公开形式需进一步优化 &amp; 加强培训。</p>\n<p>二是完善制度。</p>");
    expect(html).toContain("历年累计主动公开信息数378条");
  });

  it("the CSV has one line per cell, with its label", async () => {
    const csv = (await writeExport(doc2021, "csv")) as string;
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("表格,单元格代码,项目,数值");
    expect(lines).toHaveLength(1 + cellKeys("2021").length);
    expect(lines).toContain("二、主动公开政府信息情况,proactive.fees.amount_wan,第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）,1234.567891");
    expect(lines).toContain("三、收到和处理政府信息公开申请情况,requests.new.total,一、本年新收政府信息公开申请数量 / 申请人情况 / 总计,4");
  });

  it("the JSON is the report JSON of the interchange contract", async () => {
    expect(JSON.parse((await writeExport(doc2021, "json")) as string)).toEqual(report2021);
  });

  it("names files after the organisation, year and version", () => {
    expect(exportFileName(doc2020, "docx")).toBe("永安市小陶镇人民政府2020年政府信息公开工作年度报告（第2版）.docx");
    expect(exportFileName(doc2021, "xlsx")).toBe("测试镇人民政府2021年政府信息公开工作年度报告（草稿）.xlsx");
    expect(EXPORT_FORMAT_CODES).toEqual(["docx", "xlsx", "html", "csv", "json"]);
  });
});
