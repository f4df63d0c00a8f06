import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { confirmImport, importTemplate, previewImport } from "./import";
import { fillTemplate } from "@/test/xlsx-workbook";

let clerk: SessionUser;
let outsider: SessionUser;
const admin: SessionUser = { id: "u-admin", username: "admin", name: "管理员", role: "ADMIN", orgId: null };

const GOOD = (title: string, createdOn: string): Record<string, ExcelJS.CellValue> => ({
  标题: title,
  主题分类: "民政",
  体裁: "其他",
  公开属性: "主动公开",
  成文日期: createdOn,
  有效性: "有效",
});
/** Rows 2, 4 and 6 are good; 3 and 5 are not. */
const ROWS = [
  GOOD("2024年农村低保资金发放情况", "2024-03-01"),
  { ...GOOD("", "2024-03-02") },
  GOOD("2024年第一季度财政收支情况", "2024-04-01"),
  { ...GOOD("关于停用某分类的信息", "2024-04-02"), 主题分类: "已停用的分类" },
  GOOD("2023年度政府信息公开工作年度报告", "2023-01-15"),
];

const upload = (bytes: Buffer, name = "导入.xlsx") => new File([new Uint8Array(bytes)], name);

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).message;
}

let file: File;
beforeAll(async () => {
  const org = await db.organization.create({ data: { code: "xt", name: "小陶镇人民政府", indexPrefix: "003680183" } });
  const other = await db.organization.create({ data: { code: "sfj", name: "永安市司法局", indexPrefix: "003680047" } });
  await db.category.create({ data: { code: "civil-affairs", name: "民政", sortOrder: 1 } });
  await db.category.create({ data: { code: "retired", name: "已停用的分类", sortOrder: 2, retired: true } });
  clerk = { id: "u-clerk", username: "clerk", name: "办事员", role: "CLERK", orgId: org.id };
  outsider = { id: "u-sfj", username: "sfj-clerk", name: "司法局办事员", role: "CLERK", orgId: other.id };
  file = upload(await fillTemplate(await importTemplate("items"), "items", ROWS));
});

describe("Excel import of items: preview, then confirm", () => {
  it("previews 3 ok rows and 2 with Chinese errors, writing nothing", async () => {
    const preview = await previewImport(clerk, "items", file);
    expect(preview.headers).toEqual(["标题", "主题分类", "体裁", "成文日期"]);
    expect(preview.okRows).toEqual([2, 4, 6]);
    expect(preview.rows).toEqual([
      { row: 2, ok: true, cells: ["2024年农村低保资金发放情况", "民政", "其他", "2024-03-01"] },
      { row: 3, ok: false, errors: [{ column: "标题", message: "请填写标题" }] },
      { row: 4, ok: true, cells: ["2024年第一季度财政收支情况", "民政", "其他", "2024-04-01"] },
      // A retired category is not in the template's list, so the file cannot use it.
      { row: 5, ok: false, errors: [{ column: "主题分类", message: "“已停用的分类”不是可选的主题分类，可选：民政" }] },
      { row: 6, ok: true, cells: ["2023年度政府信息公开工作年度报告", "民政", "其他", "2023-01-15"] },
    ]);
    expect(preview.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.item.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses a confirmation whose file or rows differ from the preview, writing nothing", async () => {
    const preview = await previewImport(clerk, "items", file);
    const changed = upload(await fillTemplate(await importTemplate("items"), "items", ROWS.slice(0, 4)));
    expect(await refusal(confirmImport(clerk, "items", changed, { hash: preview.hash, okRows: "2,4,6" }))).toBe(
      "文件与预览时的不同，未导入任何数据。请重新上传并预览。",
    );
    expect(await refusal(confirmImport(clerk, "items", file, { hash: preview.hash, okRows: "2,4" }))).toBe(
      "预览之后检查结果有变化（如主题分类已停用或日期已不合规），未导入任何数据。请重新预览。",
    );
    expect(await refusal(previewImport(admin, "items", file))).toBe("请使用所属机关的账号导入，数据将导入本机关。");
    expect(await db.item.count()).toBe(0);
  });

  it("imports exactly the 3 good rows, as drafts of the user's own organisation, audited, in one go", async () => {
    const preview = await previewImport(clerk, "items", file);
    const result = await confirmImport(clerk, "items", file, { hash: preview.hash, okRows: preview.okRows.join(",") });
    expect(result.created.map((c) => [c.row, c.label])).toEqual([
      [2, "003680183/2024-00001"],
      [4, "003680183/2024-00002"],
      [6, "003680183/2023-00001"],
    ]);
    const items = await db.item.findMany({ orderBy: { indexNo: "asc" }, select: { title: true, status: true, orgId: true, createdById: true } });
    expect(items).toEqual([
      { title: "2023年度政府信息公开工作年度报告", status: "draft", orgId: clerk.orgId, createdById: clerk.id },
      { title: "2024年农村低保资金发放情况", status: "draft", orgId: clerk.orgId, createdById: clerk.id },
      { title: "2024年第一季度财政收支情况", status: "draft", orgId: clerk.orgId, createdById: clerk.id },
    ]);
    const audits = await db.auditLog.findMany({ orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true, after: true } });
    expect(audits.map((a) => a.action)).toEqual(["item.create", "item.create", "item.create", "import.items"]);
    expect(JSON.parse(audits[3].after!)).toEqual({ fileName: "导入.xlsx", sha256: preview.hash, rows: 5, created: 3 });
  });

  it("writes into the importing user's organisation only", async () => {
    const preview = await previewImport(outsider, "items", file);
    await confirmImport(outsider, "items", file, { hash: preview.hash, okRows: preview.okRows.join(",") });
    expect(await db.item.groupBy({ by: ["orgId"], _count: { _all: true }, orderBy: { orgId: "asc" } })).toEqual(
      [
        { orgId: clerk.orgId, _count: { _all: 3 } },
        { orgId: outsider.orgId, _count: { _all: 3 } },
      ].sort((a, b) => a.orgId!.localeCompare(b.orgId!)),
    );
  });
});

describe("Excel import of requests", () => {
  it("logs the good rows as received requests, numbered per year, with the 收到 event and no 查询码", async () => {
    const person = {
      申请渠道: "当面提交",
      申请人类型: "公民",
      姓名或名称: "张三",
      证件类型: "居民身份证",
      证件号码: "11010519491231002X",
      联系电话: "13800138000",
      所需信息的内容描述: "2023年小陶镇农村低保资金发放明细",
      信息的提供形式: "纸质文本",
      获取信息的方式: "自行领取",
    };
    const requests = upload(
      await fillTemplate(await importTemplate("requests"), "requests", [
        { ...person, 收到申请之日: "2024-03-04" },
        { ...person, 收到申请之日: "2099-01-01" },
        { ...person, 收到申请之日: "2024-03-05", 姓名或名称: "李四" },
      ]),
    );
    const preview = await previewImport(clerk, "requests", requests);
    expect(preview.rows[1]).toEqual({ row: 3, ok: false, errors: [{ column: "收到申请之日", message: "收到申请之日不能晚于今天" }] });
    const result = await confirmImport(clerk, "requests", requests, { hash: preview.hash, okRows: "2,4" });
    expect(result.created.map((c) => [c.row, c.label])).toEqual([
      [2, "2024-0001"],
      [4, "2024-0002"],
    ]);
    const saved = await db.disclosureRequest.findMany({
      orderBy: { number: "asc" },
      select: { applicantName: true, status: true, receivedOn: true, trackingCodeHash: true, events: { select: { kind: true, on: true } } },
    });
    expect(saved).toEqual([
      { applicantName: "张三", status: "received", receivedOn: "2024-03-04", trackingCodeHash: null, events: [{ kind: "received", on: "2024-03-04" }] },
      { applicantName: "李四", status: "received", receivedOn: "2024-03-05", trackingCodeHash: null, events: [{ kind: "received", on: "2024-03-05" }] },
    ]);
  });
});
