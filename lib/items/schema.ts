import { z } from "zod";
import { isIsoDate, todayInChina } from "@/lib/dates";
import { recordId } from "@/lib/validation";
import { codesOf } from "@/lib/labels";
import { disclosureCodes, genreCodes, publicationChannelCodes, validityCodes } from "./codes";
import { WITHDRAWAL_CAUSES } from "./vetting/kinds";

/** Field lengths, shared by the form (maxLength) and the server (zod). */
export const ITEM_LIMITS = {
  title: 200,
  docNo: 60,
  issuer: 100,
  withheldReason: 500,
  summary: 1000,
  body: 200_000,
  comment: 500,
} as const;

const required = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`);

/** An optional text field: empty becomes null. */
const optional = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .optional()
    .transform((value) => value || null);

const date = (label: string) =>
  z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).refine(isIsoDate, `${label}不是有效日期（YYYY-MM-DD）`);

const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || isIsoDate(value), `${label}不是有效日期（YYYY-MM-DD）`);

/** Checkboxes arrive as nothing, one string or several strings. */
const channels = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(publicationChannelCodes, { error: "公开方式不在可选范围内" })),
);

const itemFields = {
  title: required("标题", ITEM_LIMITS.title),
  docNo: optional("文号", ITEM_LIMITS.docNo),
  categoryId: z.string({ error: "请选择主题分类" }).min(1, "请选择主题分类"),
  genre: z.enum(genreCodes, { error: "请选择体裁" }),
  disclosure: z.enum(disclosureCodes, { error: "请选择公开属性" }),
  withheldReason: optional("不予公开理由", ITEM_LIMITS.withheldReason),
  issuer: optional("发布机构", ITEM_LIMITS.issuer),
  createdOn: date("成文日期"),
  publishedOn: optionalDate("公开日期"),
  validity: z.enum(validityCodes, { error: "请选择有效性" }),
  abolishedOn: optionalDate("废止/失效日期"),
  channels,
  summary: optional("内容概述", ITEM_LIMITS.summary),
  body: z
    .string()
    .max(ITEM_LIMITS.body, `正文不能超过 ${ITEM_LIMITS.body} 个字`)
    .optional()
    .transform((value) => (value ?? "").replace(/\r\n/g, "\n").trim()),
};

type ItemFields = z.infer<z.ZodObject<typeof itemFields>>;

/** Rules between fields: dates in order, a reason for withholding, a date for 废止/失效. */
function checkItem(item: ItemFields, ctx: z.RefinementCtx) {
  const issue = (path: keyof ItemFields, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (item.createdOn > todayInChina()) issue("createdOn", "成文日期不能晚于今天");
  if (item.publishedOn && item.publishedOn < item.createdOn) issue("publishedOn", "公开日期不能早于成文日期");
  if (item.publishedOn && item.publishedOn > todayInChina()) issue("publishedOn", "公开日期不能晚于今天");
  if (item.disclosure === "withheld" && !item.withheldReason) issue("withheldReason", "不予公开的信息须填写理由");
  if (item.validity !== "valid" && !item.abolishedOn) issue("abolishedOn", "废止或失效的信息须填写废止/失效日期");
  if (item.validity === "valid" && item.abolishedOn) issue("abolishedOn", "有效的信息不应填写废止/失效日期");
  if (item.abolishedOn && item.abolishedOn < item.createdOn) issue("abolishedOn", "废止/失效日期不能早于成文日期");
}

export const itemSchema = z.object(itemFields).superRefine(checkItem);
export type ItemInput = z.infer<typeof itemSchema>;

const versioned = { id: recordId(), version: z.coerce.number().int().positive() };

export const itemUpdateSchema = z.object({ ...itemFields, ...versioned }).superRefine(checkItem);
export type ItemUpdateInput = z.infer<typeof itemUpdateSchema>;

/** Workflow steps name the version they were decided on, so a decision on a stale page is refused. */
export const itemStepSchema = z.object(versioned);

/** A field sent once is a string, several times an array: always an array. */
const many = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(ITEM_LIMITS.comment)));

/**
 * The approval: for each finding of the 保密审查 its key and the approver's reason (blank = not confirmed), in the
 * order of the form; an optional other 公开日期 with its reason.
 */
export const itemApproveSchema = z
  .object({
    ...versioned,
    findingKey: many,
    findingReason: many,
    publishedOn: optionalDate("公开日期"),
    publishedOnReason: optional("另定公开日期的理由", ITEM_LIMITS.comment),
  })
  .transform(({ findingKey, findingReason, publishedOn, publishedOnReason, ...rest }) => ({
    ...rest,
    confirmations: findingKey.map((key, i) => ({ key, reason: findingReason[i] ?? "" })),
    publishedOn: publishedOn ?? undefined,
    reason: publishedOnReason ?? undefined,
  }));
export type ItemApproveInput = z.infer<typeof itemApproveSchema>;

export const itemReturnSchema = z.object({ ...versioned, comment: required("退回意见", ITEM_LIMITS.comment) });

export const itemWithdrawSchema = z.object({
  ...versioned,
  cause: z.enum(codesOf(WITHDRAWAL_CAUSES), { error: "请选择撤回原因" }),
  reason: required("撤回理由", ITEM_LIMITS.comment),
});

export const itemValiditySchema = z
  .object({
    ...versioned,
    validity: z.enum(["abolished", "expired"], { error: "请选择废止或失效" }),
    abolishedOn: date("废止/失效日期"),
  })
  .refine((v) => v.abolishedOn <= todayInChina(), { path: ["abolishedOn"], message: "废止/失效日期不能晚于今天" });
