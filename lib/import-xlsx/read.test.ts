import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { itemSchema } from "@/lib/items/schema";
import { intakeSchema } from "@/lib/requests/schemas";
import { itemColumns, requestColumns } from "./columns";
import { cellText, readImportFile } from "./read";
import { columnLetter, writeTemplate } from "./template";
import { itemInput } from "@/test/item-fixtures";
import { fillTemplate } from "@/test/xlsx-workbook";

const CATEGORIES = { "cat-mz": "民政", "cat-cz": "财政" };
const items = itemColumns(CATEGORIES);

/** Three good rows (2–4) and two bad ones (5–6). */
const ITEM_ROWS: Record<string, ExcelJS.CellValue>[] = [
  { 标题: "2024年农村低保资金发放情况", 主题分类: "民政", 体裁: "其他", 公开属性: "主动公开", 成文日期: "2024-03-01", 有效性: "有效", 公开方式: "政府网站、公开栏" },
  {
    标题: "关于调整城乡居民医疗保险缴费标准的通知",
    文号: "陶政〔2024〕3号",
    主题分类: "财政",
    体裁: "行政规范性文件",
    公开属性: "主动公开",
    成文日期: new Date(Date.UTC(2024, 4, 6)),
    有效性: "有效",
  },
  { 标题: "2023年度财政预算执行情况", 主题分类: "财政", 体裁: "其他", 公开属性: "依申请公开", 成文日期: "2023/12/31", 有效性: "废止", "废止/失效日期": "2024-06-30" },
  { 标题: "", 主题分类: "民政", 体裁: "通知", 公开属性: "主动公开", 成文日期: "2024-02-30", 有效性: "有效" },
  { 标题: "某项目征地补偿方案", 主题分类: "民政", 体裁: "其他", 公开属性: "不予公开", 成文日期: "2024-01-10", 有效性: "有效", "废止/失效日期": "2024-05-01", 公开方式: "网站" },
];

describe("the template", () => {
  it("has the data sheet with the form's labels, a 说明 sheet per column, and drop-downs of Chinese labels", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeTemplate("items", items)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["政府信息", "visible"],
      ["说明", "visible"],
      ["代码表", "hidden"],
    ]);
    const headers = (workbook.getWorksheet("政府信息")!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(["标题", "文号", "主题分类", "体裁", "公开属性", "不予公开理由", "发布机构", "成文日期", "公开日期", "有效性", "废止/失效日期", "公开方式", "内容概述", "正文"]);
    const notes = workbook.getWorksheet("说明")!;
    expect(notes.getRow(1).values).toEqual([undefined, "列名", "是否必填", "填写说明"]);
    expect(notes.getRow(5).values).toEqual([undefined, "体裁", "必填", "从下拉列表选择；可选：规章、行政规范性文件、其他"]);
    const lists = workbook.getWorksheet("代码表")!;
    // 主题分类, 体裁, 公开属性, 有效性: the closed sets, one column each
    expect([1, 2, 3, 4].map((c) => lists.getColumn(c).values.slice(1))).toEqual([
      ["主题分类", "民政", "财政"],
      ["体裁", "规章", "行政规范性文件", "其他"],
      ["公开属性", "主动公开", "依申请公开", "不予公开"],
      ["有效性", "有效", "废止", "失效"],
    ]);
    const data = workbook.getWorksheet("政府信息")! as ExcelJS.Worksheet & { dataValidations: { model: Record<string, ExcelJS.DataValidation> } };
    // written as one range per column (D2:D1001), read back cell by cell
    for (const cell of ["D2", "D1001"]) expect(data.dataValidations.model[cell]).toMatchObject({ type: "list", formulae: ["'代码表'!$B$2:$B$4"] });
    expect(data.dataValidations.model["D1002"]).toBeUndefined();
  });

  it("names columns A…Z, AA…", () => {
    expect([1, 26, 27, 52, 53].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA"]);
  });
});

describe("reading a filled template", () => {
  it("accepts the three good rows with the form's values and lists the two bad ones' errors in Chinese", async () => {
    const file = await fillTemplate(await writeTemplate("items", items), "items", ITEM_ROWS);
    const rows = await readImportFile(file, "items", items, itemSchema);
    expect(rows.map((r) => [r.row, r.ok])).toEqual([
      [2, true],
      [3, true],
      [4, true],
      [5, false],
      [6, false],
    ]);
    const [a, b, c] = rows.map((r) => (r.ok ? r.input : null));
    // Blank cells read as the form's empty defaults.
    expect(a).toEqual(
      itemInput({ title: "2024年农村低保资金发放情况", categoryId: "cat-mz", createdOn: "2024-03-01", channels: ["website", "bulletin_board"] }),
    );
    expect(b).toMatchObject({ docNo: "陶政〔2024〕3号", categoryId: "cat-cz", genre: "normative", createdOn: "2024-05-06", channels: [] });
    expect(c).toMatchObject({ disclosure: "on_request", createdOn: "2023-12-31", validity: "abolished", abolishedOn: "2024-06-30" });
    expect(rows.slice(3)).toEqual([
      {
        row: 5,
        ok: false,
        errors: [
          { column: "标题", message: "请填写标题" },
          { column: "体裁", message: "“通知”不是可选的体裁，可选：规章、行政规范性文件、其他" },
          { column: "成文日期", message: "成文日期不是有效日期（YYYY-MM-DD）" },
        ],
      },
      {
        row: 6,
        ok: false,
        errors: [
          { column: "不予公开理由", message: "不予公开的信息须填写理由" },
          { column: "废止/失效日期", message: "有效的信息不应填写废止/失效日期" },
          { column: "公开方式", message: "“网站”不是可选的公开方式，可选：政府网站、档案馆、图书馆、政务新媒体、政府公报、公开栏、其他" },
        ],
      },
    ]);
  });

  it("reads requests of both applicant kinds through the intake form's schema", async () => {
    const columns = requestColumns();
    const file = await fillTemplate(await writeTemplate("requests", columns), "requests", [
      {
        申请渠道: "当面提交",
        收到申请之日: "2024-03-04",
        申请人类型: "公民",
        姓名或名称: "张三",
        证件类型: "居民身份证",
        证件号码: "11010519491231002x",
        联系电话: 13800138000,
        所需信息的内容描述: "2023年小陶镇农村低保资金发放明细",
        信息的提供形式: "纸质文本",
        获取信息的方式: "自行领取",
      },
      {
        申请渠道: "邮寄（需签收）",
        收到申请之日: "2024-03-05",
        申请人类型: "法人或其他组织",
        姓名或名称: "永安市某某科技有限公司",
        组织类型: "商业企业",
        统一社会信用代码: "91350100M000100Y43",
        法定代表人或负责人: "李四",
        联系人姓名: "王五",
        联系电话: "0598-3700270",
        通信地址: "福建省永安市燕江中路1号",
        所需信息的内容描述: "某路段拆迁补偿标准",
        信息的提供形式: "电子数据",
        获取信息的方式: "邮寄（快递）",
      },
      { 申请渠道: "传真", 收到申请之日: "2024-03-06", 申请人类型: "公民", 姓名或名称: "赵六", 证件类型: "居民身份证", 证件号码: 110105194912310000, 联系电话: "123", 所需信息的内容描述: "x", 信息的提供形式: "纸质文本", 获取信息的方式: "电子邮件" },
    ]);
    const rows = await readImportFile(file, "requests", columns, intakeSchema);
    expect(rows[0]).toMatchObject({ row: 2, ok: true, input: { applicantKind: "person", idType: "resident_id", idNumber: "11010519491231002X", phone: "13800138000", channel: "in_person" } });
    expect(rows[1]).toMatchObject({ row: 3, ok: true, input: { applicantKind: "organization", applicantType: "commercial", obtainMethod: "mail" } });
    // The cross-field rule (电子邮件 needs an address) speaks once the fields themselves are right, as on the web form.
    expect(rows[2]).toEqual({
      row: 4,
      ok: false,
      errors: [
        { column: "证件号码", message: "数字超过15位，Excel 已丢失末尾数字。请将该列设为文本格式后重新填写（模板中已设好）" },
        { column: "联系电话", message: "联系电话应为11位手机号码或带区号的固定电话（如 0598-3700270）" },
      ],
    });
  });
});

describe("cells as text", () => {
  const text = items.find((c) => c.key === "title")!;
  const date = items.find((c) => c.key === "createdOn")!;
  it("turns Excel values into what a form field carries", () => {
    expect(cellText(null, text)).toEqual({});
    expect(cellText("  ", text)).toEqual({});
    expect(cellText(45352, date)).toEqual({ text: "2024-03-01" });
    expect(cellText("2024年3月1日", date)).toEqual({ text: "2024-03-01" });
    expect(cellText("2024-2-30", date)).toEqual({ text: "2024-2-30" });
    expect(cellText({ richText: [{ text: "农村" }, { text: "低保" }] }, text)).toEqual({ text: "农村低保" });
    expect(cellText({ formula: "A1", result: "结果" }, text)).toEqual({ text: "结果" });
    expect(cellText({ error: "#N/A" }, text)).toEqual({ error: "单元格为错误值 #N/A" });
    expect(cellText(110105194912310000, text)).toEqual({ error: "数字超过15位，Excel 已丢失末尾数字。请将该列设为文本格式后重新填写（模板中已设好）" });
  });
});
