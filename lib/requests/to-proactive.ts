import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { addCalendarDays } from "@/lib/calendar/working-days";
import { todayInChina } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { insertItem } from "@/lib/items/mutations";
import { applicantKey, isProactiveGroup, proactiveSuggestions, type Candidate } from "./proactive";

// 依申请转主动 (条例第四十四条) against the database: the body's recent requests as candidates, and the one action
// that turns a group into a draft item linked to its requests (docs/NOTICES.md).

/** How far back requests are compared: a year of applications, a few hundred rows for a busy body. */
const LOOKBACK_DAYS = 366;
const MAX_CANDIDATES = 1000;

/** Outcomes after which the information is known not to be disclosable; other requests stay candidates. */
const NOT_DISCLOSABLE = { startsWith: "withheld." };

const candidateSelect = { id: true, number: true, description: true, idNumber: true, orgCreditCode: true, applicantName: true, phone: true } as const;
const toCandidate = (r: { id: string; number: string; description: string; idNumber: string | null; orgCreditCode: string | null; applicantName: string; phone: string | null }): Candidate => ({
  id: r.id,
  number: r.number,
  description: r.description,
  applicant: applicantKey(r),
});

/** The body's suggestions: alike requests of the last year from at least three applicants, not yet turned. */
export async function proactiveSuggestionsFor(orgId: string, today = todayInChina()) {
  const since = addCalendarDays(today, -LOOKBACK_DAYS);
  const rows = await db.disclosureRequest.findMany({
    where: {
      orgId,
      proactiveItemId: null,
      AND: [
        // By 收到申请之日; an online application not yet confirmed by when it was submitted.
        { OR: [{ receivedOn: { gte: since } }, { receivedOn: null, submittedAt: { gte: new Date(`${since}T00:00:00+08:00`) } }] },
        { OR: [{ outcome: null }, { NOT: { outcome: NOT_DISCLOSABLE } }] }, // NOT alone would drop the open ones (NULL)
      ],
    },
    select: candidateSelect,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: MAX_CANDIDATES,
  });
  return proactiveSuggestions(rows.map(toCandidate));
}

/**
 * One action for a suggestion: a draft item (体裁 其他, 主动公开, titled after the first request) in the user's body,
 * and the requests linked to it. The group is checked again, so a hand-made form cannot link unrelated requests.
 */
export async function convertToProactive(user: SessionUser, input: { requestIds: string[] }) {
  if (!user.orgId) throw new DomainError("请使用所属机关的账号办理。");
  const orgId = user.orgId;
  return db.$transaction(async (tx) => {
    const rows = await tx.disclosureRequest.findMany({ where: { id: { in: input.requestIds }, orgId }, select: { ...candidateSelect, proactiveItemId: true }, orderBy: [{ submittedAt: "asc" }, { id: "asc" }] });
    if (rows.length !== new Set(input.requestIds).size) throw new DomainError("申请不存在或不属于本机关。");
    if (rows.some((r) => r.proactiveItemId)) throw new DomainError("其中有申请已转为主动公开，请刷新页面。");
    if (!isProactiveGroup(rows.map(toCandidate))) throw new DomainError("这些申请不是至少三位申请人就相同信息提出的申请，不能转为主动公开。");
    const category = await tx.category.findFirst({ where: { retired: false }, orderBy: { sortOrder: "asc" }, select: { id: true } });
    if (!category) throw new DomainError("尚未设置主题分类，请先由管理员添加。");
    const numbers = rows.map((r) => r.number).join("、");
    const item = await insertItem(tx, user, {
      title: rows[0].description.slice(0, 200),
      docNo: null,
      categoryId: category.id,
      genre: "other",
      disclosure: "proactive",
      withheldReason: null,
      issuer: null,
      createdOn: todayInChina(),
      publishedOn: null,
      validity: "valid",
      abolishedOn: null,
      channels: ["website"],
      summary: `依申请转主动公开（条例第四十四条）：${rows.length}件申请（${numbers}）要求公开相同信息。`,
      body: "",
    });
    await tx.disclosureRequest.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { proactiveItemId: item.id } });
    await audit(user, { action: "request.to_proactive", entity: "Item", entityId: item.id, orgId, after: { requests: rows.map((r) => r.number) } }, tx);
    return { itemId: item.id };
  });
}

/** The requests an item was drafted from (its admin page links back to them). */
export function requestsTurnedInto(itemId: string) {
  return db.disclosureRequest.findMany({ where: { proactiveItemId: itemId }, select: { id: true, number: true }, orderBy: { number: "asc" } });
}
