// Demo requests with full clock ledgers, one or more in every state (待确认收到, 办理中, 待补正, 征求意见中,
// 待缴费, 已延期答复, 已办结), placed relative to today so the dashboard shows overdue and nearly-due requests.
// Every ledger is checked against the 条例's rules (validateNextEvent) as it is written: a seed that breaks a
// rule fails instead of showing impossible data. Idempotent: skipped when the demo applicant already exists.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { loadCalendar } from "@/lib/calendar/queries";
import { addCalendarDays, isWorkingDay, type Calendar } from "@/lib/calendar/working-days";
import { todayInChina } from "@/lib/dates";
import { computeClock, validateNextEvent, type ClockEvent } from "@/lib/requests/clock";
import { nextRequestNumber } from "@/lib/requests/numbering";
import { statusFromClock } from "@/lib/requests/status";
import { normalizeTrackingCode, trackingCodeTag } from "@/lib/requests/tracking-code";

/** The 查询码 of the demo's online application, printed by the seed so the tracking page can be tried. */
export const DEMO_TRACKING_CODE = "23456-ABCDE";

type Applicant = {
  applicantType: string;
  applicantName: string;
  idType?: string;
  idNumber?: string;
  orgCreditCode?: string;
  legalRepresentative?: string;
  contactName?: string;
  phone: string;
  email?: string;
  address?: string;
};

const CHEN: Applicant = { applicantType: "natural_person", applicantName: "陈明", idType: "resident_id", idNumber: "350481198503120124", phone: "13905981234", address: "永安市小陶镇解放南路 8 号" };
const LIN: Applicant = { applicantType: "natural_person", applicantName: "林晓燕", idType: "resident_id", idNumber: "350481199107230342", phone: "13805985678", email: "lin.xy@example.com" };
const WU: Applicant = { applicantType: "natural_person", applicantName: "吴建国", idType: "resident_id", idNumber: "350481196609300271", phone: "0598-3701234" };
const FIRM: Applicant = {
  applicantType: "legal_service",
  applicantName: "福建永信律师事务所",
  orgCreditCode: "31350000MD01234562",
  legalRepresentative: "郑海",
  contactName: "黄丽",
  phone: "0598-3609999",
  email: "office@example.com",
};
const COMPANY: Applicant = {
  applicantType: "commercial",
  applicantName: "永安市恒丰建材有限公司",
  orgCreditCode: "91350481MA2XK0Y7PH",
  legalRepresentative: "赖志强",
  contactName: "赖志强",
  phone: "13600598888",
};

/** [kind, working days before today, detail] */
type Step = [kind: string, ago: number, detail?: Record<string, unknown>];

type Demo = {
  org: string;
  applicant: Applicant;
  description: string;
  channel: string;
  steps: Step[];
  replyText?: string;
  trackingCode?: string;
};

const DEMOS: Demo[] = [
  {
    org: "xiaotao",
    applicant: CHEN,
    description: "2025年小陶镇农村危房改造补助对象名单及补助标准",
    channel: "online",
    steps: [],
    trackingCode: DEMO_TRACKING_CODE,
  },
  { org: "xiaotao", applicant: COMPANY, description: "小陶镇2026年乡村道路硬化项目招标公告及中标结果", channel: "online", steps: [] },
  { org: "xiaotao", applicant: LIN, description: "小陶镇2026年度防汛抗旱应急预案", channel: "in_person", steps: [["received", 2, { channel: "in_person" }]] },
  { org: "xiaotao", applicant: WU, description: "解放村2025年村级财务公开明细", channel: "mail_signed", steps: [["received", 17, { channel: "mail_signed" }]] },
  { org: "xiaotao", applicant: FIRM, description: "某地块土地征收补偿安置方案及批复文件", channel: "email", steps: [["received", 22, { channel: "email" }]] },
  {
    org: "xiaotao",
    applicant: WU,
    description: "我家房屋的相关文件",
    channel: "oral",
    steps: [
      ["received", 6, { channel: "oral" }],
      ["correction_sent", 4, { items: "请写明所需文件的名称、年份或文号，以及房屋所在位置。", deadlineOffsetDays: 15 }],
    ],
  },
  {
    org: "xiaotao",
    applicant: LIN,
    description: "小陶镇2025年高龄补贴发放情况",
    channel: "mail_plain",
    steps: [
      ["received", 15, { channel: "mail_plain" }],
      ["correction_sent", 12, { items: "请说明所需的是发放人数汇总还是发放名单。", deadlineOffsetDays: 10 }],
      ["correction_received", 3],
    ],
  },
  {
    org: "xiaotao",
    applicant: COMPANY,
    description: "恒丰建材与镇政府签订的采购合同及验收报告",
    channel: "in_person",
    steps: [
      ["received", 10, { channel: "in_person" }],
      ["consultation_start", 5, { with: "third_party", party: "永安市宏达建筑工程有限公司" }],
    ],
  },
  {
    org: "xiaotao",
    applicant: FIRM,
    description: "小陶镇2024年至2025年行政处罚决定书",
    channel: "fax",
    steps: [
      ["received", 25, { channel: "fax" }],
      ["extension_approved", 6, { days: 15, approvedBy: "党政办主任 李卫东", notifiedOn: "ago:6" }],
    ],
  },
  {
    org: "xiaotao",
    applicant: CHEN,
    description: "小陶镇近五年全部会议纪要",
    channel: "online",
    steps: [
      ["received", 8, { channel: "online" }],
      ["fee_notice", 3, { basis: "per_item", amountFen: 200000 }],
    ],
  },
  {
    org: "xiaotao",
    applicant: LIN,
    description: "小陶镇2025年财政预算执行情况及“三公”经费明细",
    channel: "online",
    steps: [
      ["received", 14, { channel: "online" }],
      ["fee_notice", 10, { basis: "per_page", amountFen: 70000 }],
      ["fee_paid", 7],
    ],
  },
  {
    org: "xiaotao",
    applicant: WU,
    description: "解放村土地承包经营权流转合同",
    channel: "in_person",
    steps: [
      ["received", 30, { channel: "in_person" }],
      ["consultation_start", 26, { with: "third_party", party: "流转合同相对人" }],
      ["consultation_end", 20, { note: "第三方不同意公开其身份证号码和银行账号" }],
      ["reply_sent", 12, { outcome: "partial", reason: "合同中第三方的身份证号码、银行账号属于个人信息，公开会损害第三方合法权益（条例第十五条），已作区分处理。" }],
    ],
    replyText: "政府信息部分公开告知书：经审查，现向您提供解放村土地承包经营权流转合同（已隐去第三方个人信息）。",
  },
  {
    org: "xiaotao",
    applicant: COMPANY,
    description: "2024年以来全镇所有工程项目的全部资料",
    channel: "online",
    steps: [
      ["received", 40, { channel: "online" }],
      ["fee_notice", 35, { basis: "per_item", amountFen: 350000 }],
      ["reply_sent", 10, { outcome: "other.unpaid_fee", reason: "申请人在收费通知规定的期限内未缴纳信息处理费。" }],
    ],
    replyText: "告知书：您未在收费通知要求的期限内缴纳信息处理费，本机关不再处理该申请。",
  },
  {
    org: "xiaotao",
    applicant: CHEN,
    description: "2025年小陶镇农村危房改造补助资金拨付文件",
    channel: "in_person",
    steps: [
      ["received", 45, { channel: "in_person" }],
      ["reply_sent", 33, { outcome: "disclosed" }],
    ],
    replyText: "政府信息公开告知书：现将您申请的补助资金拨付文件提供给您，请于工作时间到党政办领取。",
  },
  {
    org: "yongan-sfj",
    applicant: FIRM,
    description: "2025年度法律援助案件指派情况统计",
    channel: "online",
    steps: [
      ["received", 9, { channel: "online" }],
      ["consultation_start", 4, { with: "agency", party: "三明市司法局" }],
    ],
  },
  { org: "yongan-sfj", applicant: LIN, description: "人民调解员补贴发放标准", channel: "in_person", steps: [["received", 4, { channel: "in_person" }]] },
];

/** The date `n` working days before `today` (today itself when n = 0). */
function workingDaysAgo(today: string, n: number, cal: Calendar): string {
  let date = today;
  for (let counted = 0; counted < n; ) {
    date = addCalendarDays(date, -1);
    if (isWorkingDay(date, cal)) counted++;
  }
  return date;
}

export async function seedRequestLedgers() {
  if (await db.disclosureRequest.findFirst({ where: { idNumber: CHEN.idNumber } })) return 0;
  const cal = await loadCalendar();
  const today = todayInChina();
  const orgIds = new Map((await db.organization.findMany({ select: { id: true, code: true } })).map((o) => [o.code, o.id]));
  const clerks = new Map((await db.user.findMany({ where: { role: "CLERK" }, select: { id: true, orgId: true } })).map((u) => [u.orgId, u.id]));
  // The online applications sit at the bottom of the list: submitted in the order given, a minute apart.
  let minute = 0;
  for (const demo of DEMOS) {
    const orgId = orgIds.get(demo.org)!;
    const actorId = clerks.get(orgId) ?? null;
    const ledger: ClockEvent[] = [];
    const dated = demo.steps.map(([kind, ago, detail]) => {
      const on = workingDaysAgo(today, ago, cal);
      const resolved: Record<string, unknown> = { ...detail };
      // deadlines given relative to the event, so the demo stays plausible whenever it is seeded
      if (typeof resolved.deadlineOffsetDays === "number") {
        resolved.deadline = addCalendarDays(on, resolved.deadlineOffsetDays);
        delete resolved.deadlineOffsetDays;
      }
      if (typeof resolved.notifiedOn === "string" && resolved.notifiedOn.startsWith("ago:")) {
        resolved.notifiedOn = workingDaysAgo(today, Number(resolved.notifiedOn.slice(4)), cal);
      }
      return { kind, on, detail: resolved };
    });
    for (const event of dated) {
      const problem = validateNextEvent(ledger, event, cal);
      if (problem) throw new Error(`演示申请“${demo.description}”的办理记录不合规：${event.on} ${event.kind}：${problem}`);
      ledger.push(event);
    }
    const received = dated.find((e) => e.kind === "received");
    const reply = dated.find((e) => e.kind === "reply_sent");
    const year = Number((received?.on ?? today).slice(0, 4));
    await db.$transaction(async (tx) => {
      const request = await tx.disclosureRequest.create({
        data: {
          orgId,
          number: await nextRequestNumber(tx, orgId, year),
          ...(demo.trackingCode && {
            trackingCodeHash: await hashPassword(normalizeTrackingCode(demo.trackingCode)),
            trackingCodeTag: trackingCodeTag(normalizeTrackingCode(demo.trackingCode)),
          }),
          ...demo.applicant,
          channel: demo.channel,
          submittedAt: received ? new Date(`${received.on}T09:00:00+08:00`) : new Date(Date.now() - (DEMOS.length - minute++) * 60_000),
          receivedOn: received?.on ?? null,
          description: demo.description,
          provisionForm: "electronic",
          obtainMethod: demo.applicant.email ? "email" : "pickup",
          status: statusFromClock(computeClock(ledger, cal)),
          outcome: (reply?.detail.outcome as string | undefined) ?? null,
          closedOn: reply?.on ?? null,
          replyText: demo.replyText ?? null,
        },
      });
      let feeId: string | null = null;
      for (const event of dated) {
        if (event.kind === "fee_notice") {
          const fee = await tx.requestFee.create({
            data: { requestId: request.id, basis: String(event.detail.basis), amountFen: Number(event.detail.amountFen), noticeOn: event.on },
          });
          feeId = fee.id;
          event.detail.feeId = fee.id;
        }
        if (event.kind === "fee_paid" && feeId) {
          await tx.requestFee.update({ where: { id: feeId }, data: { paidOn: event.on } });
          event.detail.feeId = feeId;
        }
        await tx.requestEvent.create({
          data: { requestId: request.id, kind: event.kind, on: event.on, actorId, detail: Object.keys(event.detail).length ? JSON.stringify(event.detail) : null },
        });
      }
      if (demo.description.startsWith("解放村土地承包经营权流转合同")) {
        await tx.appeal.create({
          data: { orgId, number: `FY-${year}-02`, kind: "review", filedOn: workingDaysAgo(today, 5, cal), requestId: request.id, note: "申请人对部分公开决定不服，申请行政复议" },
        });
      }
    });
  }
  return DEMOS.length;
}
