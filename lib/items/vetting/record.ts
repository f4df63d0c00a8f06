import type { Finding, ScanSource } from "./scan";
import type { FindingSourceKind } from "./kinds";

// The 保密审查 record (ItemVetting): what was checked, what was found and how each finding was settled. Pure, so the
// approval, the item page and the tests read one shape.

/** One source as the record lists it: scanned (with the number of characters read) or not readable, and why. */
export type CheckedSource = { kind: FindingSourceKind; name?: string; chars: number } | { kind: FindingSourceKind; name?: string; chars: null; note: string };

/** A finding the approver confirmed may be published as it is, with the reason. */
export type SettledFinding = Finding & { confirmation: string };

export type Confirmation = { key: string; reason: string };

/** The sources as the record lists them. */
export function checkedSources(sources: (ScanSource | { kind: FindingSourceKind; name?: string; note: string })[]): CheckedSource[] {
  return sources.map((s) => {
    const name = s.name ? { name: s.name } : {};
    return "text" in s ? { kind: s.kind, ...name, chars: s.text.length } : { kind: s.kind, ...name, chars: null, note: s.note };
  });
}

/**
 * Settles the findings of a fresh scan with the approver's confirmations (matched by key; a blank reason confirms
 * nothing). What is left open blocks the approval: the item must be edited, or the finding confirmed.
 */
export function settle(findings: Finding[], confirmations: Confirmation[]): { settled: SettledFinding[]; open: Finding[] } {
  const reasons = new Map(confirmations.filter((c) => c.reason.trim()).map((c) => [c.key, c.reason.trim()]));
  const settled: SettledFinding[] = [];
  const open: Finding[] = [];
  for (const finding of findings) {
    const reason = reasons.get(finding.key);
    if (reason) settled.push({ ...finding, confirmation: reason });
    else open.push(finding);
  }
  return { settled, open };
}

/**
 * The four-eyes rule: the approver is neither the item's author nor the one who submitted it, unless the platform
 * allows one-person offices (the record then says the item was self-approved). Returns whether it is self-approval,
 * or null when it is refused.
 */
export function selfApproval(approverId: string, item: { createdById: string | null; submittedById: string | null }, allowed: boolean): boolean | null {
  const own = approverId === item.createdById || approverId === item.submittedById;
  if (!own) return false;
  return allowed ? true : null;
}

/**
 * The 公开日期 an approval gives: today (China time) unless the approver names another date with a reason. Never in
 * the future and never before the 成文日期. Returns the date or the field error.
 */
export function approvalPublishedOn(
  today: string,
  createdOn: string,
  chosen: { publishedOn?: string; reason?: string },
): { publishedOn: string; reason: string | null } | { error: string; field: "publishedOn" | "publishedOnReason" } {
  const date = chosen.publishedOn ?? today;
  if (date > today) return { error: "公开日期不能晚于今天", field: "publishedOn" };
  if (date < createdOn) return { error: "公开日期不能早于成文日期", field: "publishedOn" };
  if (date === today) return { publishedOn: date, reason: null };
  if (!chosen.reason?.trim()) return { error: "公开日期不是今天的，须填写理由", field: "publishedOnReason" };
  return { publishedOn: date, reason: chosen.reason.trim() };
}
