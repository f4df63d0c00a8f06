import { codesOf, type CodeSet } from "@/lib/labels";

export const GENRES = { regulation: "规章", normative: "行政规范性文件", other: "其他" } as const satisfies CodeSet<string>;
export type Genre = keyof typeof GENRES;
/** Policy documents (规章 and 行政规范性文件): published with their 解读 (三同步, lib/items/interpretations.ts). */
export const POLICY_GENRES = ["regulation", "normative"] as const satisfies readonly Genre[];

export const DISCLOSURES = {
  proactive: "主动公开",
  on_request: "依申请公开",
  withheld: "不予公开",
} as const satisfies CodeSet<string>;
export type Disclosure = keyof typeof DISCLOSURES;

export const PUBLICATION_CHANNELS = {
  website: "政府网站",
  archive: "档案馆",
  library: "图书馆",
  wechat: "政务新媒体",
  gazette: "政府公报",
  bulletin_board: "公开栏",
  other: "其他",
} as const satisfies CodeSet<string>;
export type PublicationChannel = keyof typeof PUBLICATION_CHANNELS;

export const ITEM_STATUSES = {
  draft: "草稿",
  pending_review: "待审核",
  published: "已发布",
  withdrawn: "已撤回",
  discarded: "已作废",
} as const satisfies CodeSet<string>;
export type ItemStatus = keyof typeof ITEM_STATUSES;
/**
 * The statuses the annual report counts, for every item measure (制作/制发, 公开, 累计, 废止, 现行有效): records a
 * reviewer approved — published, or withdrawn after being published (the document existed and went out). A draft
 * or an item awaiting review is work in progress whose dates may still change, a discarded draft never existed as a
 * document; none of them is counted. docs/ARCHITECTURE.md, "Counting rules".
 */
export const REPORTED_ITEM_STATUSES = ["published", "withdrawn"] as const satisfies readonly ItemStatus[];

export const VALIDITIES = { valid: "有效", abolished: "废止", expired: "失效" } as const satisfies CodeSet<string>;
export type Validity = keyof typeof VALIDITIES;

export const genreCodes = codesOf(GENRES);
export const disclosureCodes = codesOf(DISCLOSURES);
export const publicationChannelCodes = codesOf(PUBLICATION_CHANNELS);
export const validityCodes = codesOf(VALIDITIES);
export const itemStatusCodes = codesOf(ITEM_STATUSES);

/** What the item page says after each step (`?done=` in its address, so it survives the page being redrawn). */
export const ITEM_STEP_DONE = {
  created: "草稿已保存。可以继续修改，或提交审核。",
  saved: "已保存。",
  submitted: "已提交审核，等待审核人审核。",
  published: "已审核发布，公众现在可以在网站上看到这条信息。",
  returned: "已退回修改，退回意见已告知经办人。",
  validity: "已标记。",
  withdrawn: "已撤回，公众不再能看到该信息的内容。",
  discarded: "草稿已作废。它不再计入统计，索引号不会再分配给其他信息。",
} as const;
export type ItemStepDone = keyof typeof ITEM_STEP_DONE;
