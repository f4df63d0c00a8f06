import { describe, expect, it } from "vitest";
import { appealCells, proactiveCells, requestCells } from "./assemble";
import { outcomeRows } from "./formats";
import { cellKeys, cellLabel, cellValue, formatCell, isStatisticCell, parseCellKey, placeCells, tableLayouts, type LayoutCell } from "./layout";

const texts = (cells: LayoutCell[]) => cells.map((c) => (c.kind === "data" ? `[${c.cell}]` : c.text));

/** Every grid row of a table is covered exactly once by the placed cells. */
function coverage(rows: LayoutCell[][], columns: number) {
  const grid: number[][] = rows.map(() => Array(columns).fill(0));
  for (const p of placeCells(rows)) {
    for (let r = p.row; r < p.row + p.rowSpan; r++) for (let c = p.col; c < p.col + p.colSpan; c++) grid[r][c]++;
  }
  return grid;
}

describe("tableLayouts", () => {
  it.each(["2019", "2021"] as const)("%s: every table fills its grid exactly, with no overlap", (format) => {
    for (const table of tableLayouts(format)) {
      const head = coverage(table.head, table.columns);
      const body = coverage(table.body, table.columns);
      for (const row of [...head, ...body]) expect(row, table.key).toEqual(Array(table.columns).fill(1));
    }
  });

  it("2019 table 二 is laid out like the seed report: group heading, 信息内容 row, data rows", () => {
    const [proactive] = tableLayouts("2019");
    expect(proactive.title).toBe("二、主动公开政府信息情况");
    expect(proactive.columns).toBe(4);
    expect(proactive.body.map(texts)).toEqual([
      ["第二十条第（一）项"],
      ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
      ["规章", "[proactive.regulation.created]", "[proactive.regulation.published]", "[proactive.regulation.total_public]"],
      ["规范性文件", "[proactive.normative.created]", "[proactive.normative.published]", "[proactive.normative.total_public]"],
      ["第二十条第（五）项"],
      ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
      ["行政许可", "[proactive.licensing.prev_items]", "[proactive.licensing.delta]", "[proactive.licensing.decisions]"],
      ["其他对外管理服务事项", "[proactive.other_service.prev_items]", "[proactive.other_service.delta]", "[proactive.other_service.decisions]"],
      ["第二十条第（六）项"],
      ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
      ["行政处罚", "[proactive.penalty.prev_items]", "[proactive.penalty.delta]", "[proactive.penalty.decisions]"],
      ["行政强制", "[proactive.coercion.prev_items]", "[proactive.coercion.delta]", "[proactive.coercion.decisions]"],
      ["第二十条第（八）项"],
      ["信息内容", "上一年项目数量", "本年增/减"],
      ["行政事业性收费", "[proactive.fees.prev_items]", "[proactive.fees.delta]"],
      ["第二十条第（九）项"],
      ["信息内容", "采购项目数量", "采购总金额（元）"],
      ["政府集中采购", "[proactive.procurement.projects]", "[proactive.procurement.amount]"],
    ]);
  });

  it("2021 table 二: single-column groups span the rest of the row", () => {
    const [proactive] = tableLayouts("2021");
    const licensing = proactive.body.find((row) => row[0].kind === "header" && row[0].text === "行政许可")!;
    expect(licensing[1]).toMatchObject({ kind: "data", cell: "proactive.licensing.decisions", colSpan: 3 });
    const fees = proactive.body.find((row) => texts(row).includes("本年收费金额（单位：万元）"))!;
    expect(texts(fees)).toEqual(["信息内容", "本年收费金额（单位：万元）"]);
    expect(texts(proactive.body[1])).toEqual(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]);
    expect(texts(proactive.body[3])[0]).toBe("行政规范性文件");
  });

  it("2021 table 三: the 勾稽 corner, 申请人情况 over 7 columns, 22 outcome rows under 三、本年度办理结果", () => {
    const requests = tableLayouts("2021")[1];
    expect(requests.columns).toBe(10);
    expect(requests.head.map(texts)).toEqual([
      ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
      ["自然人", "法人或其他组织", "总计"],
      ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
    ]);
    expect(requests.head[0][0]).toMatchObject({ kind: "note", rowSpan: 3, colSpan: 3 });
    const labels = requests.body.map((row) => texts(row).filter((t) => !t.startsWith("[")));
    expect(labels).toEqual([
      ["一、本年新收政府信息公开申请数量"],
      ["二、上年结转政府信息公开申请数量"],
      ["三、本年度办理结果", "（一）予以公开"],
      ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
      ["（三）不予公开", "1.属于国家秘密"],
      ["2.其他法律行政法规禁止公开"],
      ["3.危及“三安全一稳定”"],
      ["4.保护第三方合法权益"],
      ["5.属于三类内部事务信息"],
      ["6.属于四类过程性信息"],
      ["7.属于行政执法案卷"],
      ["8.属于行政查询事项"],
      ["（四）无法提供", "1.本机关不掌握相关政府信息"],
      ["2.没有现成信息需要另行制作"],
      ["3.补正后申请内容仍不明确"],
      ["（五）不予处理", "1.信访举报投诉类申请"],
      ["2.重复申请"],
      ["3.要求提供公开出版物"],
      ["4.无正当理由大量反复申请"],
      ["5.要求行政机关确认或重新出具已获取信息"],
      ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
      ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
      ["3.其他"],
      ["（七）总计"],
      ["四、结转下年度继续办理"],
    ]);
    expect(requests.body[2][0]).toMatchObject({ kind: "header", scope: "rowgroup", rowSpan: 22 });
    expect(requests.body[4][0]).toMatchObject({ text: "（三）不予公开", rowSpan: 8 });
  });

  it("2019 table 三 has one （六）其他处理 row and 20 outcome rows", () => {
    const requests = tableLayouts("2019")[1];
    expect(requests.body[2][0]).toMatchObject({ text: "三、本年度办理结果", rowSpan: 20 });
    const other = requests.body.find((row) => row[0].kind === "header" && row[0].text === "（六）其他处理")!;
    expect(other[0]).toMatchObject({ colSpan: 2 });
    expect(other[1]).toMatchObject({ kind: "data", cell: "requests.other.natural_person" });
  });

  it("data cells name their row and column headers", () => {
    const requests = tableLayouts("2021")[1];
    const cell = requests.body.flat().find((c) => c.kind === "data" && c.cell === "requests.withheld.third_party.commercial");
    expect(cell).toMatchObject({ headers: ["req-outcomes", "req-g2", "req-r-withheld.third_party", "req-applicant", "req-orgs", "req-c-commercial"] });
    expect(cellLabel("2021", "requests.withheld.third_party.commercial")).toBe(
      "三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益 / 申请人情况 / 法人或其他组织 / 商业企业",
    );
    expect(cellLabel("2019", "proactive.licensing.delta")).toBe("第二十条第（五）项 / 行政许可 / 本年增/减");
    expect(cellLabel("2021", "appeals.litigation_after_review.pending")).toBe("行政诉讼 / 复议后起诉 / 尚未审结");
  });

  it("table 四: 行政复议 5 columns, 行政诉讼 10 columns in two groups, one data row of 15", () => {
    const appeals = tableLayouts("2021")[2];
    expect(appeals.head.map(texts)).toEqual([
      ["行政复议", "行政诉讼"],
      ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
      ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
    ]);
    expect(appeals.body[0]).toHaveLength(15);
  });

  it.each(["2019", "2021"] as const)("%s: the layout's cells are exactly the computed report's cells", (format) => {
    const tables = {
      proactive: proactiveCells({ format, items: [], categories: [], requests: [], appeals: [], statistics: new Map() }),
      requests: requestCells(format, []),
      appeals: appealCells([]),
    };
    const computed = Object.entries(tables).flatMap(([section, rows]) =>
      Object.entries(rows).flatMap(([row, cols]) => Object.keys(cols).map((col) => `${section}.${row}.${col}`)),
    );
    expect([...cellKeys(format)].sort()).toEqual([...computed].sort());
    // The table-三 rows follow the counting code's outcome rows.
    const layoutRows = cellKeys(format)
      .filter((k) => k.startsWith("requests.") && k.endsWith(".total"))
      .map((k) => parseCellKey(k)!.row);
    expect(layoutRows).toEqual(["new", "carried_in", ...outcomeRows(format).map((r) => r.code), "total", "carried_out"]);
  });
});

describe("cell keys and values", () => {
  it("parses row codes that contain dots", () => {
    expect(parseCellKey("requests.withheld.third_party.total")).toEqual({ section: "requests", row: "withheld.third_party", column: "total" });
    expect(parseCellKey("requests.new")).toBeNull();
  });

  it("reads values and formats money exactly", () => {
    const tables = { proactive: { fees: { amount_wan: 1234.567891 } }, requests: { new: { total: 3 } }, appeals: {} };
    expect(cellValue(tables, "requests.new.total")).toBe(3);
    expect(cellValue(tables, "requests.nope.total")).toBeUndefined();
    expect(formatCell("proactive.fees.amount_wan", 1234.567891)).toBe("1234.567891");
    expect(formatCell("proactive.fees.amount_wan", 0.35)).toBe("0.35");
    expect(formatCell("proactive.fees.amount_wan", 0.000001)).toBe("0.000001");
    expect(formatCell("proactive.fees.amount_wan", 0)).toBe("0");
    expect(formatCell("requests.new.total", 12)).toBe("12");
  });
});

describe("isStatisticCell", () => {
  it("is true for the table-二 rows entered as yearly statistics only", () => {
    expect(isStatisticCell("proactive.licensing.decisions")).toBe(true);
    expect(isStatisticCell("proactive.fees.amount_wan")).toBe(true);
    expect(isStatisticCell("proactive.normative.issued")).toBe(false);
    expect(isStatisticCell("requests.new.total")).toBe(false);
  });
});
