// Demo data: the seed township's real 2020 records, plus a deterministic, realistic spread of 2021–2025
// items, requests in every state and outcome, appeals, a second body, one user per role, and requests with full
// clock ledgers in every state of handling (prisma/seed-requests.ts).
// Safe to run again: everything goes through the idempotent importer or upserts by natural key.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { importInterchange, loadKnownCodes, validateInterchange } from "@/lib/interchange/import";
import type { InterchangeFile } from "@/lib/interchange/schema";
import type { OrgKind } from "@/lib/organizations/codes";
import { outcomeCodes, applicantTypeCodes } from "@/lib/requests/codes";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { XIAOTAO_CONTACT } from "./seed-contacts";
import { recordHistoricPublication, type OriginalText } from "@/lib/report/historic";
import { fillDemoContent } from "./seed-content";
import { DEMO_TRACKING_CODE, seedRequestLedgers } from "./seed-requests";

function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);

const TITLES: Record<string, string[]> = {
  "org-functions": ["{org}机构职能及内设机构调整情况", "{org}领导班子成员分工", "{org}办公地址和办公时间公告"],
  "policy-documents": ["关于进一步规范农村宅基地审批管理的通知", "{org}关于加强安全生产工作的实施意见", "关于印发《{year}年政务公开工作要点》的通知"],
  plans: ["{org}{year}年工作要点", "{org}国民经济和社会发展第十四个五年规划纲要", "{year}年度财政预算公开说明"],
  "public-service-projects": ["{year}年为民办实事项目进展情况", "农村饮水安全巩固提升工程实施情况", "乡村道路硬化项目公示"],
  "civil-affairs": ["{year}年第{n}季度农村低保资金发放情况", "临时救助对象名单公示", "{year}年高龄补贴发放情况"],
  "land-construction": ["{year}年农村危房改造对象公示", "土地征收补偿安置方案公告", "农村人居环境整治工作方案"],
  "education-culture-health": ["{year}年基本公共卫生服务项目实施情况", "农村义务教育学生营养改善计划公示", "文化惠民活动安排"],
  "work-safety": ["{org}{year}年防汛抗旱应急预案", "安全生产大检查工作方案", "森林防火期管理通告"],
};

type DemoOrg = {
  code: string;
  name: string;
  short: string;
  indexPrefix: string;
  docPrefix: string;
  kind: OrgKind;
  parent: string | null;
  /** Requests and statistics too (the bodies the demo accounts work for); the others publish items only. */
  casework?: true;
};
// A county-level platform as 国办发〔2017〕47号 describes it: the 市人民政府, its departments and its townships and
// 街道, which publish through the county's site. The two bodies with casework come first, so their records (drawn
// from one seeded sequence) are the same as before the others were added.
const ORGS: DemoOrg[] = [
  { code: "xiaotao", name: "永安市小陶镇人民政府", short: "小陶镇", indexPrefix: "003680183", docPrefix: "陶政", kind: "township", parent: "yongan", casework: true },
  { code: "yongan-sfj", name: "永安市司法局", short: "市司法局", indexPrefix: "003680047", docPrefix: "永司", kind: "department", parent: "yongan", casework: true },
  { code: "yongan", name: "永安市人民政府", short: "市政府", indexPrefix: "003680000", docPrefix: "永政", kind: "county_government", parent: null },
  { code: "yongan-jyj", name: "永安市教育局", short: "市教育局", indexPrefix: "003680031", docPrefix: "永教", kind: "department", parent: "yongan" },
  { code: "yongan-czj", name: "永安市财政局", short: "市财政局", indexPrefix: "003680052", docPrefix: "永财", kind: "department", parent: "yongan" },
  { code: "yanxi", name: "永安市燕西街道办事处", short: "燕西街道", indexPrefix: "003680171", docPrefix: "燕西", kind: "township", parent: "yongan" },
  { code: "xiyang", name: "永安市西洋镇人民政府", short: "西洋镇", indexPrefix: "003680186", docPrefix: "西洋", kind: "township", parent: "yongan" },
];

function demoRecords(): InterchangeFile {
  const next = random(20201231);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const categories = Object.keys(TITLES);
  const file: InterchangeFile = {
    version: 1,
    organizations: ORGS.map(({ code, name, indexPrefix, kind, parent }) => ({ code, name, indexPrefix, kind, parent })),
    categories: [],
    items: [],
    requests: [],
    appeals: [],
    statistics: [],
  };
  for (const org of ORGS) {
    for (let year = 2021; year <= 2025; year++) {
      const count = org.code === "xiaotao" ? 14 + Math.floor(next() * 8) : org.casework ? 8 + Math.floor(next() * 5) : 3 + Math.floor(next() * 3);
      for (let i = 1; i <= count; i++) {
        const category = pick(categories);
        const createdOn = `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
        const genre = i === 1 ? "normative" : i === 2 && org.code === "yongan-sfj" ? "normative" : "other";
        const disclosure = i === count ? "on_request" : i === count - 1 && year % 2 === 0 ? "withheld" : "proactive";
        const title = pick(TITLES[category])
          .replaceAll("{org}", org.short)
          .replaceAll("{year}", String(year))
          .replaceAll("{n}", String(1 + (i % 4)));
        file.items.push({
          org: org.code,
          indexNo: `${org.indexPrefix}/${year}-${pad(i, 5)}`,
          title: `${title}（${year}-${pad(i, 3)}）`,
          docNo: genre === "normative" ? `${org.docPrefix}〔${year}〕${i}号` : null,
          category,
          genre,
          disclosure,
          createdOn,
          publishedOn: disclosure === "proactive" ? addDays(createdOn, 1 + Math.floor(next() * 35)) : null,
          abolishedOn: genre === "normative" && year === 2021 && org.code === "xiaotao" ? "2024-06-30" : null,
          channels: disclosure === "proactive" ? ["website", "archive", "library"] : [],
        });
      }
    }
    if (!org.casework) continue;
    // Requests: every outcome appears at least once, all answered (the requests still open, with their full
    // ledgers, come from prisma/seed-requests.ts: an open request without events would show years overdue).
    const outcomes = [...outcomeCodes];
    let serial = 0;
    for (let year = 2021; year <= 2025; year++) {
      const count = org.code === "xiaotao" ? 8 : 3;
      for (let i = 0; i < count; i++) {
        serial++;
        const receivedOn = `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
        file.requests.push({
          org: org.code,
          number: `${year}-${pad(i + 1, 4)}`,
          applicantType: i % 3 === 0 ? pick(applicantTypeCodes) : "natural_person",
          channel: pick(["online", "in_person", "mail_signed", "email"] as const),
          receivedOn,
          closedOn: addDays(receivedOn, 5 + Math.floor(next() * 15)),
          outcome: outcomes[(serial - 1) % outcomes.length],
        });
      }
    }
    for (let year = 2021; year <= 2025; year++) {
      file.statistics.push(
        { org: org.code, year, code: "licensing.decisions", value: String(Math.floor(next() * 200)) },
        { org: org.code, year, code: "penalty.decisions", value: String(Math.floor(next() * 60)) },
        { org: org.code, year, code: "coercion.decisions", value: String(Math.floor(next() * 5)) },
        { org: org.code, year, code: "fees.amount_wan", value: org.code === "xiaotao" ? "0" : "12.3456" },
      );
    }
  }
  file.appeals.push(
    { org: "xiaotao", number: "FY-2022-01", kind: "review", filedOn: "2022-05-10", closedOn: "2022-07-01", result: "upheld" },
    { org: "xiaotao", number: "FY-2023-01", kind: "review", filedOn: "2023-11-20", closedOn: "2024-02-01", result: "corrected" },
    { org: "xiaotao", number: "SS-2024-01", kind: "litigation_direct", filedOn: "2024-04-02", closedOn: null, result: null },
    { org: "yongan-sfj", number: "FY-2023-01", kind: "review", filedOn: "2023-03-15", closedOn: "2023-05-20", result: "other" },
  );
  return file;
}

async function importChecked(raw: unknown, label: string) {
  const result = validateInterchange(raw, await loadKnownCodes());
  if (!result.ok) throw new Error(`${label} is invalid:\n${result.errors.join("\n")}`);
  const summary = await importInterchange(result.file, { dryRun: false });
  console.log(`${label}: ${summary.items.created} 条信息、${summary.requests.created} 件申请新增`);
}

/**
 * One attachment on a 小陶镇 item that is not disclosed proactively (so not public), giving the download route's
 * organisation check a real file to refuse (e2e/route-matrix.ts). Written directly: the upload path
 * (lib/items/attachments.ts) is server-only. Skipped when that item already has one.
 */
async function seedInternalAttachment() {
  const item = await db.item.findFirst({
    where: { org: { code: "xiaotao" }, disclosure: { not: "proactive" } },
    orderBy: { indexNo: "asc" },
    select: { id: true, _count: { select: { attachments: true } } },
  });
  if (!item || item._count.attachments > 0) return;
  const bytes = Buffer.from("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", "latin1");
  const storagePath = randomUUID();
  fs.mkdirSync(path.resolve(env.UPLOAD_DIR), { recursive: true });
  fs.writeFileSync(path.join(path.resolve(env.UPLOAD_DIR), storagePath), bytes, { mode: 0o640 });
  await db.attachment.create({
    data: {
      itemId: item.id,
      fileName: "内部材料.pdf",
      contentType: "application/pdf",
      size: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storagePath,
    },
  });
}

/**
 * The seed township's 2020 report as it was published: its own text and sub-headings (copied from the original
 * into prisma/seed-data/xiaotao-2020-text.json), its tables from the 2020 records, recorded by the supervisor
 * with the original date. Skipped once published.
 */
async function publishSeedReport() {
  const org = await db.organization.findUniqueOrThrow({ where: { code: "xiaotao" }, select: { id: true } });
  if (await db.reportVersion.count({ where: { report: { orgId: org.id, year: 2020 } } })) return;
  const original = JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma/seed-data/xiaotao-2020-text.json"), "utf8")) as OriginalText & {
    publishedOn: string;
    reason: string;
  };
  const supervisor = await db.user.findUniqueOrThrow({ where: { username: "supervisor" }, select: { id: true, username: true, name: true, role: true, orgId: true } });
  await recordHistoricPublication(
    { ...supervisor, role: "SUPERVISOR" },
    { year: 2020, publishedOn: original.publishedOn, reason: original.reason },
    original,
  );
  console.log(`小陶镇 2020 年年度报告已按原文登记发布（${original.publishedOn}）`);
}

async function main() {
  const fixture = JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma/seed-data/xiaotao-2020.json"), "utf8"));
  await importChecked(fixture, "小陶镇 2020 年真实记录");
  await importChecked(demoRecords(), "2021–2025 演示数据");

  await db.organization.update({
    where: { code: "xiaotao" },
    data: XIAOTAO_CONTACT,
  });
  await db.organization.update({
    where: { code: "yongan-sfj" },
    data: { officeName: "市司法局办公室", address: "永安市燕江中路 1 号", postcode: "366000", phone: "0598-3600000" },
  });

  // The public site's footer (/admin/settings/site); demo numbers in the registries' formats, not real records.
  const site = {
    name: "永安市政府信息公开平台",
    host: "永安市人民政府办公室",
    identifier: "3504810001",
    icp: "闽ICP备12345678号-1",
    police: "闽公网安备 35048102000123号",
    phone: "0598-3600000",
    email: "zwgk@example.gov.cn",
    address: "福建省永安市燕江中路 1 号",
  };
  for (const [field, value] of Object.entries(site)) {
    await db.setting.upsert({ where: { key: `site.${field}` }, create: { key: `site.${field}`, value }, update: { value } });
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const orgIds = new Map((await db.organization.findMany({ select: { id: true, code: true } })).map((o) => [o.code, o.id]));
  for (const user of DEMO_USERS) {
    // Demo accounts skip the forced first-sign-in password change so the demo and the e2e tests can use them;
    // accounts created in /admin/users must change their initial password.
    const data = { name: user.name, role: user.role, orgId: user.org ? orgIds.get(user.org)! : null, mustChangePassword: false };
    await db.user.upsert({ where: { username: user.username }, create: { username: user.username, passwordHash, ...data }, update: data });
  }
  await seedInternalAttachment();
  const filled = await fillDemoContent();
  console.log(`演示信息正文 ${filled.items} 条、演示申请内容 ${filled.requests} 件已补全`);
  await publishSeedReport();
  const ledgers = await seedRequestLedgers();
  if (ledgers) console.log(`办理中和已办结的演示申请（含办理记录和收费）：${ledgers} 件；在线申请 ${new Date().getFullYear()}-0001 的查询码：${DEMO_TRACKING_CODE}`);

  console.log("\n演示账号（密码均为 %s）：", DEMO_PASSWORD);
  for (const user of DEMO_USERS) console.log(`  ${user.username.padEnd(12)} ${user.role.padEnd(11)} ${user.name}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
