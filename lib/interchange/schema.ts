import { z } from "zod";
import { isIsoDate, isoDate } from "@/lib/dates";
import { disclosureCodes, genreCodes, publicationChannelCodes } from "@/lib/items/codes";
import { applicantTypeCodes, outcomeCodes, requestChannelCodes } from "@/lib/requests/codes";
import { appealKindCodes, appealResultCodes } from "@/lib/appeals/codes";
import { orgKindCodes } from "@/lib/organizations/codes";
import { formatForYear, MONEY_CELLS, statisticCodes } from "@/lib/report/formats";
import { isDecimal, statisticValueError } from "@/lib/report/decimal";

/** An enum whose error names the unknown value, e.g. `unknown code "withheld.foo"`. */
function code<const C extends readonly [string, ...string[]]>(codes: C) {
  return z.enum(codes, {
    error: (issue) =>
      issue.input === undefined ? "必填" : `未知代码 unknown code "${String(issue.input)}"（可选：${codes.join(" | ")}）`,
  });
}

const text = (max: number) => z.string({ error: "应为文本" }).trim().min(1, "不能为空").max(max, `不能超过 ${max} 个字符`);
const optionalText = (max: number) => z.string({ error: "应为文本" }).max(max, `不能超过 ${max} 个字符`).nullish();
const naturalKey = text(64).regex(/^[A-Za-z0-9._\-/]+$/, "只能包含字母、数字和 . _ - /");

/** A decimal given as a JSON number or a string, kept as its exact decimal text. */
const decimal = z
  .union([z.number(), z.string()], { error: "应为数字" })
  .transform((value) => String(value).trim())
  .refine(isDecimal, { error: "应为十进制数字" });

/** a is before b, both being real dates; a malformed date is already reported on its own path, so not compared. */
const earlier = (a: string | null | undefined, b: string) => Boolean(a) && isIsoDate(a!) && isIsoDate(b) && a! < b;

const organization = z.strictObject({
  code: naturalKey,
  name: text(200),
  indexPrefix: text(64),
  /** The supervising or containing body's code; absent: left as it is, null: a root of the tree. */
  parent: naturalKey.nullish(),
  /** Absent: left as it is (a new body is a department). */
  kind: code(orgKindCodes).optional(),
});

const category = z.strictObject({ code: naturalKey, name: text(100) });

const item = z
  .strictObject({
    org: naturalKey,
    indexNo: text(64).nullish(),
    title: text(500),
    docNo: optionalText(100),
    category: naturalKey,
    genre: code(genreCodes),
    disclosure: code(disclosureCodes),
    createdOn: isoDate,
    publishedOn: isoDate.nullish(),
    abolishedOn: isoDate.nullish(),
    channels: z.array(code(publicationChannelCodes)).default([]),
  })
  .superRefine((value, ctx) => {
    if (earlier(value.publishedOn, value.createdOn))
      ctx.addIssue({ code: "custom", path: ["publishedOn"], message: "公开日期早于成文日期" });
    if (earlier(value.abolishedOn, value.createdOn))
      ctx.addIssue({ code: "custom", path: ["abolishedOn"], message: "废止日期早于成文日期" });
    if (value.publishedOn && value.disclosure !== "proactive")
      ctx.addIssue({ code: "custom", path: ["publishedOn"], message: "只有主动公开的信息才有公开日期" });
  });

const request = z
  .strictObject({
    org: naturalKey,
    number: naturalKey,
    applicantType: code(applicantTypeCodes),
    channel: code(requestChannelCodes),
    receivedOn: isoDate,
    closedOn: isoDate.nullish(),
    outcome: code(outcomeCodes).nullish(),
  })
  .superRefine((value, ctx) => {
    if (Boolean(value.closedOn) !== Boolean(value.outcome))
      ctx.addIssue({ code: "custom", path: [value.closedOn ? "outcome" : "closedOn"], message: "办结日期和办理结果须同时填写或同时为空" });
    if (earlier(value.closedOn, value.receivedOn))
      ctx.addIssue({ code: "custom", path: ["closedOn"], message: "办结日期早于收到申请日期" });
  });

const appeal = z
  .strictObject({
    org: naturalKey,
    number: naturalKey,
    kind: code(appealKindCodes),
    filedOn: isoDate,
    closedOn: isoDate.nullish(),
    result: code(appealResultCodes).nullish(),
  })
  .superRefine((value, ctx) => {
    if (Boolean(value.closedOn) !== Boolean(value.result))
      ctx.addIssue({ code: "custom", path: [value.closedOn ? "result" : "closedOn"], message: "审结日期和结果须同时填写或同时为空" });
    if (earlier(value.closedOn, value.filedOn))
      ctx.addIssue({ code: "custom", path: ["closedOn"], message: "审结日期早于立案日期" });
  });

const statistic = z
  .strictObject({
    org: naturalKey,
    year: z.number({ error: "应为年份数字" }).int("应为整数").min(2008, "年份过早").max(2100, "年份过晚"),
    code: z.string({ error: "应为文本" }),
    value: decimal,
  })
  .superRefine((value, ctx) => {
    const format = formatForYear(value.year);
    if (!statisticCodes(format).includes(value.code)) {
      ctx.addIssue({
        code: "custom",
        path: ["code"],
        message: `未知代码 unknown code "${value.code}"（${value.year} 年适用 ${format} 格式）`,
      });
      return;
    }
    // A value that is no decimal at all is already reported by `decimal`.
    const error = isDecimal(value.value) && statisticValueError(value.code, value.value, MONEY_CELLS.has(value.code));
    if (error) ctx.addIssue({ code: "custom", path: ["value"], message: error });
  });

/** The schema of one element of each section, in the order sections are validated and written. */
export const sectionSchemas = { organizations: organization, categories: category, items: item, requests: request, appeals: appeal, statistics: statistic };
export type Section = keyof typeof sectionSchemas;
export const SECTIONS = Object.keys(sectionSchemas) as Section[];

const version = z.literal(1, { error: "version 应为 1" });

export const interchangeFile = z.strictObject({
  version,
  organizations: z.array(organization).default([]),
  categories: z.array(category).default([]),
  items: z.array(item).default([]),
  requests: z.array(request).default([]),
  appeals: z.array(appeal).default([]),
  statistics: z.array(statistic).default([]),
});

/** The file without its elements: the version and that each section is an array; elements are checked one by one. */
export const interchangeSkeleton = z.strictObject({
  version,
  ...Object.fromEntries(SECTIONS.map((section) => [section, z.array(z.unknown()).default([])])),
});

export type InterchangeFile = z.infer<typeof interchangeFile>;
export type InterchangeItem = InterchangeFile["items"][number];
export type SectionRow<S extends Section> = InterchangeFile[S][number];

/**
 * One line per problem of a zod issue found at `prefix`: a field the contract does not have is named by its own
 * path (`items[3].docNO: 未知字段`), never silently dropped — a typo would otherwise lose every value of the field.
 */
export function issueLines(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): string[] {
  const at = [...prefix, ...issue.path];
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => `${formatPath([...at, key])}: 未知字段 unknown field`);
  return [`${formatPath(at) || "(文件)"}: ${issue.message}`];
}

/** `requests[12].outcome` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}
