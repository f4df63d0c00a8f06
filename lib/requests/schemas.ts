import { z } from "zod";
import { todayInChina } from "@/lib/dates";
import { choice, optionalText, recordId, requiredDate, requiredText, uploadedFiles } from "@/lib/validation";
import {
  consultedPartyCodes,
  feeBasisCodes,
  obtainMethodCodes,
  outcomeCodes,
  outcomeNeedsReason,
  provisionFormCodes,
  requestChannelCodes,
  type ApplicantType,
} from "./codes";
import { noticeKindCodes } from "@/lib/notices/templates";
import { idNumberProblem, idTypeCodes, isCreditCode } from "./identity";

// One set of schemas serves the public form, the clerk's intake form and the server: the forms name their
// inputs after these keys, so an error path is the name of the field it belongs to.

const ORG_APPLICANT_TYPES = ["commercial", "research", "public_interest", "legal_service", "other_org"] as const satisfies readonly Exclude<
  ApplicantType,
  "natural_person"
>[];

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const contactShape = {
  phone: requiredText("联系电话", 30).refine(
    (value) => PHONE.test(value),
    "联系电话应为11位手机号码或带区号的固定电话（如 0598-3700270）",
  ),
  email: optionalText("电子邮箱", 100).refine((value) => !value || EMAIL.test(value), "电子邮箱格式不正确（如 name@example.com）"),
  address: optionalText("通信地址", 200),
  postcode: optionalText("邮政编码", 6).refine((value) => !value || /^\d{6}$/.test(value), "邮政编码应为6位数字"),
};

const informationShape = {
  description: requiredText("所需信息的内容描述", 2000),
  purpose: optionalText("所需信息的用途", 500),
  provisionForm: choice(provisionFormCodes, "信息的提供形式"),
  obtainMethod: choice(obtainMethodCodes, "获取信息的方式"),
};

const idNumber = requiredText("证件号码", 30).transform((value) => value.toUpperCase());

const personShape = {
  applicantKind: z.literal("person"),
  applicantName: requiredText("姓名", 50),
  idType: choice(idTypeCodes, "证件类型"),
  idNumber,
  ...contactShape,
  ...informationShape,
};

const organizationShape = {
  applicantKind: z.literal("organization"),
  applicantName: requiredText("名称", 100),
  applicantType: choice(ORG_APPLICANT_TYPES, "组织类型"),
  orgCreditCode: requiredText("统一社会信用代码", 18)
    .transform((value) => value.toUpperCase())
    .refine(isCreditCode, "统一社会信用代码应为18位，且最后一位校验码正确"),
  legalRepresentative: requiredText("法定代表人或负责人", 50),
  contactName: requiredText("联系人姓名", 50),
  ...contactShape,
  ...informationShape,
};

type ApplicationFields = {
  applicantKind: "person" | "organization";
  idType?: (typeof idTypeCodes)[number];
  idNumber?: string;
  email?: string;
  address?: string;
  obtainMethod: (typeof obtainMethodCodes)[number];
};

/** Rules across fields: the number fits the 证件类型; the chosen way of obtaining has its address. */
function checkApplication(value: ApplicationFields, ctx: z.RefinementCtx) {
  if (value.applicantKind === "person" && value.idType && value.idNumber) {
    const problem = idNumberProblem(value.idType, value.idNumber);
    if (problem) ctx.addIssue({ code: "custom", path: ["idNumber"], message: problem });
  }
  if (value.obtainMethod === "email" && !value.email) {
    ctx.addIssue({ code: "custom", path: ["email"], message: "选择以电子邮件获取信息时，请填写电子邮箱" });
  }
  if (value.obtainMethod === "mail" && !value.address) {
    ctx.addIssue({ code: "custom", path: ["address"], message: "选择邮寄获取信息时，请填写通信地址" });
  }
}

const KIND_ERROR = { error: "请选择申请人类型（公民或法人或其他组织）" };

/** The public online form: the applicant also chooses the body (受理机关) the application goes to, from a list. */
const orgChoice = z.string({ error: "请选择受理机关" }).trim().min(1, "请选择受理机关").max(40, "请选择受理机关");
export const publicApplicationSchema = z
  .discriminatedUnion(
    "applicantKind",
    [
      z.object({ orgId: orgChoice, ...personShape }),
      z.object({ orgId: orgChoice, ...organizationShape }),
    ],
    KIND_ERROR,
  )
  .superRefine(checkApplication);
export type PublicApplication = z.infer<typeof publicApplicationSchema>;

// 条例第三十一条: the receipt date is the day of submission (当面), of signing for it (邮寄), or of confirming it
// with the applicant (平常信函, 互联网, 传真 and, by the same logic, 电子邮件); never a day still to come.
const intakeShape = {
  channel: choice(requestChannelCodes, "申请渠道"),
  receivedOn: requiredDate("收到申请之日").refine((value) => value <= todayInChina(), "收到申请之日不能晚于今天"),
};

/** A clerk logging an application received by any channel (口头 included: the clerk fills in the form). */
export const intakeSchema = z
  .discriminatedUnion(
    "applicantKind",
    [z.object({ ...intakeShape, ...personShape }), z.object({ ...intakeShape, ...organizationShape })],
    KIND_ERROR,
  )
  .superRefine(checkApplication);
export type Intake = z.infer<typeof intakeSchema>;

/** Every step on a request names the request and the version the clerk saw (optimistic locking). */
const stepShape = {
  requestId: requiredText("申请", 40),
  version: z.coerce.number({ error: "缺少版本号" }).int().positive(),
  on: requiredDate("日期").refine((value) => value <= todayInChina(), "日期不能晚于今天"),
};

export const confirmReceiptSchema = z.object(stepShape);

export const correctionNoticeSchema = z
  .object({
    ...stepShape,
    items: requiredText("需要补正的事项", 1000),
    deadlineOn: requiredDate("补正期限"),
  })
  .refine((value) => value.deadlineOn > value.on, { path: ["deadlineOn"], message: "补正期限应晚于发出补正通知之日" });

export const correctionReceivedSchema = z.object({ ...stepShape, supplied: requiredText("申请人补正的内容", 2000) });

export const consultationStartSchema = z.object({
  ...stepShape,
  party: choice(consultedPartyCodes, "征求意见对象类型"),
  partyName: requiredText("征求意见对象名称", 100),
});

export const consultationEndSchema = z.object({ ...stepShape, note: optionalText("意见摘要", 500) });

export const extensionSchema = z
  .object({
    ...stepShape,
    days: z.coerce
      .number({ error: "请填写延长的工作日数" })
      .int("延长的工作日数应为整数")
      .min(1, "延长的工作日数至少为1")
      .max(20, "延长的期限最长不得超过20个工作日（条例第三十三条）"),
    approver: requiredText("批准延期的负责人", 50),
    notifiedOn: requiredDate("告知申请人之日"),
  })
  .refine((value) => value.notifiedOn >= value.on, { path: ["notifiedOn"], message: "告知申请人之日不能早于批准延期之日" });

/** "120" or "120.5" or "120.50" 元 → 12050 fen, exactly (no floating point). */
export function yuanToFen(value: string): number | null {
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

export const feeNoticeSchema = z.object({
  ...stepShape,
  basis: choice(feeBasisCodes, "计收方式"),
  amountFen: requiredText("收费金额", 12)
    .transform((value) => yuanToFen(value) ?? -1)
    .refine((fen) => fen > 0, "收费金额应为大于0的金额，单位为元，最多两位小数（如 200 或 200.50）"),
});

export const feePaidSchema = z.object({ ...stepShape, feeId: requiredText("收费记录", 40) });

export const closeSchema = z
  .object({
    ...stepShape,
    outcome: choice(outcomeCodes, "办理结果"),
    reason: optionalText("理由", 500),
    replyText: requiredText("答复书内容", 20000),
  })
  .refine((value) => !outcomeNeedsReason(value.outcome) || value.reason, {
    path: ["reason"],
    message: "此办理结果须写明理由",
  });

/** A 文书 as the clerk sends it (lib/notices): the kind, and the title and text as edited. */
export const noticeSendSchema = z.object({
  ...stepShape,
  notice: choice(noticeKindCodes, "文书"),
  title: requiredText("文书标题", 100),
  text: requiredText("文书内容", 20000),
});

/** The public tracking form: which request, and the secret that proves the right to see it. */
export const trackSchema = z.object({ number: requiredText("申请编号", 20), code: requiredText("查询码", 20) });

/** The applicant's 补正 on /track: what they supply, in words and files (proved by number + 查询码). */
export const answerCorrectionSchema = trackSchema.extend({ supplied: requiredText("补正内容", 2000), files: uploadedFiles(5) });
export const withdrawSchema = trackSchema.extend({ reason: optionalText("撤回理由", 500) });
/** The office's reply files (答复书 and the information provided), added to a closed request. */
export const replyFilesSchema = z.object({ requestId: recordId(), files: uploadedFiles(10).refine((files) => files.length > 0, "请选择要上传的文件") });
