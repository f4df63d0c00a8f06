import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { canEditItem, canManagePublishedItem, canReviewItem, canSubmitItem, canViewItem } from "./policy";

const user = (role: SessionUser["role"], orgId: string | null): SessionUser => ({ id: role, username: role, name: role, role, orgId });
const clerk = user("CLERK", "A");
const supervisor = user("SUPERVISOR", "A");
const otherSupervisor = user("SUPERVISOR", "B");
const admin = user("ADMIN", null);
const item = (status: string) => ({ orgId: "A", status });

describe("item policy", () => {
  it("lets the organisation's staff edit and submit drafts", () => {
    expect([clerk, supervisor, otherSupervisor, admin, null].map((u) => canEditItem(u, item("draft")))).toEqual([true, true, false, false, false]);
    expect([clerk, supervisor, otherSupervisor].map((u) => canSubmitItem(u, item("draft")))).toEqual([true, true, false]);
    expect(canSubmitItem(clerk, item("pending_review"))).toBe(false);
  });

  it("lets only the organisation's supervisor review, correct, withdraw or mark published items", () => {
    expect([clerk, supervisor, otherSupervisor].map((u) => canReviewItem(u, item("pending_review")))).toEqual([false, true, false]);
    expect([clerk, supervisor, otherSupervisor].map((u) => canEditItem(u, item("published")))).toEqual([false, true, false]);
    expect([clerk, supervisor, otherSupervisor].map((u) => canManagePublishedItem(u, item("published")))).toEqual([false, true, false]);
    expect(canManagePublishedItem(supervisor, item("withdrawn"))).toBe(false);
  });

  it("freezes pending and withdrawn items", () => {
    for (const u of [clerk, supervisor]) {
      expect(canEditItem(u, item("pending_review"))).toBe(false);
      expect(canEditItem(u, item("withdrawn"))).toBe(false);
    }
  });

  it("shows items only to their organisation's staff", () => {
    expect([clerk, supervisor, otherSupervisor, admin, null].map((u) => canViewItem(u, item("published")))).toEqual([true, true, false, false, false]);
  });
});
