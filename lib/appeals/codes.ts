import { codesOf, type CodeSet } from "@/lib/labels";

export const APPEAL_KINDS = {
  review: "行政复议",
  litigation_direct: "未经复议直接起诉",
  litigation_after_review: "复议后起诉",
} as const satisfies CodeSet<string>;
export type AppealKind = keyof typeof APPEAL_KINDS;

export const APPEAL_RESULTS = { upheld: "结果维持", corrected: "结果纠正", other: "其他结果" } as const satisfies CodeSet<string>;
export type AppealResult = keyof typeof APPEAL_RESULTS;

export const appealKindCodes = codesOf(APPEAL_KINDS);
export const appealResultCodes = codesOf(APPEAL_RESULTS);
