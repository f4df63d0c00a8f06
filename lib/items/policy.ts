import type { SessionUser } from "@/lib/auth/roles";
import { can, canAccessOrg } from "@/lib/permissions";

/**
 * Who may do what to one item, by role, organisation and workflow status. Checked in every mutation
 * (lib/items/mutations.ts) and used by the pages to decide which buttons to show.
 *
 * draft ──submit──▶ pending_review ──approve──▶ published ──withdraw──▶ withdrawn
 *   ▲  │                   │                       │
 *   │  └─discard─▶ discarded (never published)     └── mark 废止/失效, correct (supervisor)
 *   └────────return────────┘
 * Approval also passes the 保密审查 and the four-eyes rule (lib/items/mutations.ts, approveItem).
 */
export type ItemRef = { orgId: string; status: string };

const staff = (user: SessionUser | null, item: ItemRef) => can(user, "item.edit") && canAccessOrg(user, item.orgId);
const reviewer = (user: SessionUser | null, item: ItemRef) => can(user, "item.review") && canAccessOrg(user, item.orgId);

export const canViewItem = (user: SessionUser | null, item: ItemRef) => staff(user, item);

/** Drafts are edited by their organisation's staff; a published item only corrected by a supervisor. */
export const canEditItem = (user: SessionUser | null, item: ItemRef) =>
  item.status === "draft" ? staff(user, item) : item.status === "published" && reviewer(user, item);

export const canSubmitItem = (user: SessionUser | null, item: ItemRef) => item.status === "draft" && staff(user, item);

/** A draft that was never published (a returned item is a draft again, but one withdrawn never is). */
export const canDiscardItem = (user: SessionUser | null, item: ItemRef) => item.status === "draft" && staff(user, item);

export const canReviewItem = (user: SessionUser | null, item: ItemRef) =>
  item.status === "pending_review" && reviewer(user, item);

export const canManagePublishedItem = (user: SessionUser | null, item: ItemRef) =>
  item.status === "published" && reviewer(user, item);
