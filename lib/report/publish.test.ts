import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { ConflictError, DomainError } from "@/lib/errors";
import { listReportYears, reportWorkspace } from "./admin";
import { buildReport } from "./build";
import { loadDraft, loadPublished } from "./document";
import { publish, refreshTextFigures, saveExplanations, saveText } from "./publish";
import { listPublishedReports } from "./public";
import { importTestRecords } from "@/test/report-records";
import { plainText, TEXT_PART_KEYS, UNFILLED, type TextParts } from "./text";

let supervisor: SessionUser;
let otherSupervisor: SessionUser;

beforeAll(async () => {
  await importTestRecords();
  const orgs = await db.organization.findMany({ select: { id: true, code: true } });
  const orgId = (code: string) => orgs.find((o) => o.code === code)!.id;
  const make = async (username: string, org: string): Promise<SessionUser> => {
    const user = await db.user.create({ data: { username, name: `${username} 姓名`, passwordHash: "x", role: "SUPERVISOR", orgId: orgId(org) } });
    return { id: user.id, username, name: user.name, role: "SUPERVISOR", orgId: user.orgId };
  };
  supervisor = await make("sup-t", "t");
  otherSupervisor = await make("sup-u", "u");
  // 信息处理费 of 2022: 12.50 元 paid in 2022 counts; a fee paid in 2023, an unpaid fee and body u's fee do not.
  const requestId = async (org: string, number: string) =>
    (await db.disclosureRequest.findFirstOrThrow({ where: { org: { code: org }, number } })).id;
  await db.requestFee.createMany({
    data: [
      { requestId: await requestId("t", "2022-0003"), basis: "per_item", amountFen: 1250, noticeOn: "2022-02-01", paidOn: "2022-02-10" },
      { requestId: await requestId("t", "2022-0004"), basis: "per_page", amountFen: 500, noticeOn: "2022-12-20", paidOn: "2023-01-05" },
      { requestId: await requestId("t", "2022-0005"), basis: "per_item", amountFen: 800, noticeOn: "2022-03-01", paidOn: null },
      { requestId: await requestId("u", "2022-0001"), basis: "per_item", amountFen: 9900, noticeOn: "2022-03-01", paidOn: "2022-03-02" },
    ],
  });
});

/** The form fields of the text editor: every part, each with UNFILLED replaced. */
function filled(parts: TextParts, changes: Partial<TextParts> = {}) {
  return Object.fromEntries(TEXT_PART_KEYS.map((k) => [k, changes[k] ?? parts[k].replace(UNFILLED, "")])) as TextParts;
}

const domainError = async (run: Promise<unknown>) => {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe("the report's prose, checks and publication", () => {
  it("drafts part 六 from the fees paid in the year, in 元", async () => {
    const draft = (await loadDraft({ code: "t" }, 2022))!;
    expect(draft.fees).toEqual({ collectedFen: 1250, payments: 1 });
    expect(plainText(draft.parts.other)).toBe("依据《政府信息公开信息处理费管理办法》，2022年度本机关收取信息处理费12.50元（共1笔）。");
    expect(draft.stored).toBeNull();
  });

  it("saves the text with optimistic locking: a stale version is refused and nothing changes", async () => {
    const draft = (await loadDraft({ code: "t" }, 2022))!;
    const saved = await saveText(supervisor, { year: 2022, version: 0, ...filled(draft.parts, { problems: "（一）存在的主要问题：人员不足。（二）改进情况：加强培训。" }) });
    expect(saved.version).toBe(1);
    const error = await domainError(saveText(supervisor, { year: 2022, version: 0, ...filled(draft.parts, { problems: "旧版本的修改" }) }));
    expect(error.message).toBe(new ConflictError().message);
    const after = (await loadDraft({ code: "t" }, 2022))!;
    expect(after.parts.problems).toBe("（一）存在的主要问题：人员不足。（二）改进情况：加强培训。");
    expect(after.stored).toMatchObject({ version: 1, status: "draft" });
    const audit = await db.auditLog.findFirst({ where: { action: "report.save_text" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ actor: "sup-t", entity: "AnnualReport" });
  });

  it("refuses to publish while an error-level check fails, until each is overridden with a reason", async () => {
    const draft = (await loadDraft({ code: "t" }, 2022))!;
    await saveText(supervisor, { year: 2022, version: 1, ...filled(draft.parts, { platform: `${UNFILLED}平台建设` }) });
    const ws = await reportWorkspace(supervisor, 2022);
    expect(ws.blocking.map((c) => c.code)).toEqual(["text.unfilled"]);
    const error = await domainError(publish(supervisor, { year: 2022, version: 2 }));
    expect(error.fieldErrors).toEqual({ "override.text.unfilled": ["请填写覆盖理由（至少 4 个字）"] });
    await domainError(publish(supervisor, { year: 2022, version: 2, "override.text.unfilled": "短" }));
    expect(await db.reportVersion.count()).toBe(0);

    const published = await publish(supervisor, { year: 2022, version: 2, "override.text.unfilled": "平台建设情况另行专题报告" });
    expect(published).toMatchObject({ versionNo: 1, version: 3 });
    const frozen = (await loadPublished("t", 2022))!;
    expect(frozen.overrides).toEqual([{ code: "text.unfilled", reason: "平台建设情况另行专题报告" }]);
    expect(frozen.publishedBy).toMatchObject({ username: "sup-t", name: "sup-t 姓名" });
    expect(frozen.requests.total.total).toBe(22);
    expect(frozen.organization.name).toBe("测试镇人民政府");
    expect(frozen.extraChecks.map((c) => [c.code, c.ok])).toEqual([
      ["text.figures", true],
      ["text.unfilled", false],
      ["yoy.explained", false],
    ]);
    expect((await listReportYears(supervisor.orgId!)).find((r) => r.year === 2022)).toMatchObject({ status: "published", versionNo: 1 });
    expect(await listPublishedReports()).toEqual([expect.objectContaining({ year: 2022, orgCode: "t", orgName: "测试镇人民政府", versionNo: 1 })]);
  });

  it("explains large year-over-year changes, and republishing keeps every version", async () => {
    let ws = await reportWorkspace(supervisor, 2022);
    const large = ws.comparison.filter((r) => r.large).map((r) => r.path);
    // 2021 → 2022: new 2 → 23, 不予公开 0 → 8, 不予处理 0 → 5, closed 1 → 22, 行政许可 0 → 12.
    expect(large).toEqual(["requests.new.total", "group.withheld", "group.not_processed", "requests.total.total", "proactive.licensing.decisions"]);
    await saveExplanations(supervisor, {
      year: 2022,
      version: ws.stored!.version,
      "explain.requests.new.total": "开通网上申请渠道",
      "explain.requests.total.total": "同上",
      "explain.group.withheld": "涉及第三方的申请增多",
      "explain.group.not_processed": "重复申请增多",
      "explain.proactive.licensing.decisions": "承接下放的许可事项",
    });
    ws = await reportWorkspace(supervisor, 2022);
    expect(ws.checks.find((c) => c.code === "yoy.explained")!.ok).toBe(true);
    await saveText(supervisor, { year: 2022, version: ws.stored!.version, ...filled(ws.parts, { platform: "政府网站设有信息公开专栏。" }) });
    ws = await reportWorkspace(supervisor, 2022);
    expect(ws.textChanged).toBe(true);
    expect(ws.blocking).toEqual([]);
    expect(await publish(supervisor, { year: 2022, version: ws.stored!.version })).toMatchObject({ versionNo: 2 });

    ws = await reportWorkspace(supervisor, 2022);
    expect(ws.versions.map((v) => [v.versionNo, v.overrides.length])).toEqual([[2, 0], [1, 1]]);
    expect(ws.textChanged).toBe(false);
    expect(plainText((await loadPublished("t", 2022, 1))!.parts.platform)).toBe(`${UNFILLED}平台建设`);
    expect((await loadPublished("t", 2022))!.explanations["requests.new.total"]).toBe("开通网上申请渠道");
  });

  it("shows drift when records change after publication, and flags the figures in the text", async () => {
    expect((await reportWorkspace(supervisor, 2022)).drift).toEqual([]);
    const org = await db.organization.findUniqueOrThrow({ where: { code: "t" } });
    await db.disclosureRequest.create({
      data: { orgId: org.id, number: "2022-0200", applicantType: "commercial", channel: "online", receivedOn: "2022-06-01", closedOn: "2022-06-10", outcome: "disclosed", status: "closed" },
    });
    const ws = await reportWorkspace(supervisor, 2022);
    expect(ws.drift.map((d) => [d.cell, d.published, d.current])).toEqual([
      ["requests.new.commercial", 4, 5],
      ["requests.new.total", 23, 24],
      ["requests.disclosed.commercial", 0, 1],
      ["requests.disclosed.total", 1, 2],
      ["requests.total.commercial", 4, 5],
      ["requests.total.total", 22, 23],
    ]);
    const figures = ws.checks.find((c) => c.code === "text.figures")!;
    expect(figures).toMatchObject({ ok: false, cells: ["requests.new.total", "text.group.new_organisations", "requests.total.total", "requests.disclosed.total"] });

    await refreshTextFigures(supervisor, { year: 2022, version: ws.stored!.version });
    const refreshed = await reportWorkspace(supervisor, 2022);
    expect(refreshed.checks.find((c) => c.code === "text.figures")!.ok).toBe(true);
    expect(plainText(refreshed.parts.requests)).toContain("新收政府信息公开申请24件");
    // The published version is untouched until the supervisor publishes again.
    expect((await loadPublished("t", 2022))!.requests.new.total).toBe(23);
  });

  it("next year's cross-year checks read the published version", async () => {
    const report = (await buildReport("t", 2023))!;
    const carry = report.checks.find((c) => c.code === "requests.carry_over")!;
    expect(carry.detail).toContain("2022 年已发布报告");
    expect(carry.ok).toBe(true);
  });

  it("a supervisor only ever works on their own organisation's report", async () => {
    const ws = await reportWorkspace(otherSupervisor, 2022);
    expect(ws.organization.code).toBe("u");
    expect(ws.stored).toBeNull();
    expect(ws.report.requests.new.total).toBe(1);
    expect(ws.fees).toEqual({ collectedFen: 9900, payments: 1 });
    const noOrg = { ...supervisor, orgId: null };
    expect((await domainError(reportWorkspace(noOrg, 2022))).message).toContain("不属于任何机构");
  });
});
