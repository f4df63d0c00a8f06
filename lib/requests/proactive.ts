// 依申请转主动 (条例第四十四条): "多个申请人就相同政府信息向同一行政机关提出公开申请，且该政府信息属于可以公开的，
// 行政机关可以纳入主动公开的范围". We suggest it when at least PROACTIVE_MIN_APPLICANTS distinct applicants asked
// for alike information: descriptions compared as in the repeat-request hint (Dice coefficient on character
// bigrams, similarity.ts), at PROACTIVE_THRESHOLD — lower than the repeat hint's, since different people word
// the same request differently. A suggestion only: the clerk decides whether the information may be disclosed.

import { descriptionSimilarity } from "./similarity";

export const PROACTIVE_THRESHOLD = 0.5;
export const PROACTIVE_MIN_APPLICANTS = 3;

export type Candidate = {
  id: string;
  number: string;
  description: string;
  /** Who asked: ID number, credit code, or name + phone (applicantKey). */
  applicant: string;
};

export type ProactiveSuggestion = { requests: Candidate[]; applicants: number };

/** One applicant, however identified: the same key for the same person or organisation. */
export function applicantKey(r: { idNumber: string | null; orgCreditCode: string | null; applicantName: string; phone: string | null }): string {
  if (r.idNumber) return `id:${r.idNumber.toUpperCase()}`;
  if (r.orgCreditCode) return `org:${r.orgCreditCode.toUpperCase()}`;
  return `name:${r.applicantName}|${r.phone ?? ""}`;
}

const applicantsOf = (requests: readonly Candidate[]) => new Set(requests.map((r) => r.applicant)).size;

/** Whether requests are one case for 第四十四条: all alike the first, from enough distinct applicants. */
export function isProactiveGroup(requests: readonly Candidate[]): boolean {
  const [first, ...rest] = requests;
  if (!first || applicantsOf(requests) < PROACTIVE_MIN_APPLICANTS) return false;
  return rest.every((r) => descriptionSimilarity(first.description, r.description) >= PROACTIVE_THRESHOLD);
}

/**
 * Groups of alike requests from enough distinct applicants, in the candidates' order (oldest first is the
 * caller's): each group is seeded by its earliest request and holds every later one alike it; a request joins
 * one group at most.
 */
export function proactiveSuggestions(candidates: readonly Candidate[]): ProactiveSuggestion[] {
  const taken = new Set<string>();
  const suggestions: ProactiveSuggestion[] = [];
  for (const [i, seed] of candidates.entries()) {
    if (taken.has(seed.id)) continue;
    const group = [seed, ...candidates.slice(i + 1).filter((c) => !taken.has(c.id) && descriptionSimilarity(seed.description, c.description) >= PROACTIVE_THRESHOLD)];
    if (applicantsOf(group) < PROACTIVE_MIN_APPLICANTS) continue;
    for (const r of group) taken.add(r.id);
    suggestions.push({ requests: group, applicants: applicantsOf(group) });
  }
  return suggestions;
}
