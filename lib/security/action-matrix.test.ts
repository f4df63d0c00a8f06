import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ACTIONS, ALLOWED_BEFORE_PASSWORD_CHANGE, MATRIX_ROLES, type Access, type MatrixRole } from "@/e2e/route-matrix";
import type { SignedInUser } from "@/lib/auth/users";
import { DENIAL_MESSAGES } from "@/lib/permissions";
import { exportedNames, isServerActionModule, read, sourceFiles } from "@/test/source-files";

// The role × server-action half of the authorisation matrix (the route half is e2e/route-matrix.spec.ts).
// Every export of every "use server" module is called as each role through the real lib/action.ts wrapper,
// with only the session stubbed, and an empty form: a role the table denies must get the refusal before any
// input is read; an allowed role must get past the gate (to the input check, or further).

const session = vi.hoisted(() => ({ user: null as SignedInUser | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user, requirePage: async () => session.user }));

const USERS: Record<Exclude<MatrixRole, "anonymous">, SignedInUser> = {
  clerk: { id: "m-clerk", username: "clerk", name: "陈办事", role: "CLERK", orgId: "org-xiaotao", mustChangePassword: false },
  supervisor: { id: "m-supervisor", username: "supervisor", name: "林审核", role: "SUPERVISOR", orgId: "org-xiaotao", mustChangePassword: false },
  admin: { id: "m-admin", username: "admin", name: "系统管理员", role: "ADMIN", orgId: null, mustChangePassword: false },
  "sfj-clerk": { id: "m-sfj", username: "sfj-clerk", name: "王办事", role: "CLERK", orgId: "org-sfj", mustChangePassword: false },
  overseer: { id: "m-overseer", username: "overseer", name: "赵监督", role: "OVERSEER", orgId: "org-yongan", mustChangePassword: false },
};

type ServerAction = (previous: unknown, form: FormData) => Promise<{ ok: boolean; message?: string }>;
const actions = new Map<string, ServerAction>();
const REFUSALS: string[] = [DENIAL_MESSAGES.signed_out, DENIAL_MESSAGES.forbidden, DENIAL_MESSAGES.password_change_required];

async function call(key: string, user: SignedInUser | null): Promise<Access> {
  session.user = user;
  const result = await actions.get(key)!(null, new FormData());
  return !result.ok && REFUSALS.includes(result.message ?? "") ? "deny" : "allow";
}

beforeAll(async () => {
  for (const file of sourceFiles().filter((f) => isServerActionModule(read(f)))) {
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, ServerAction>;
    for (const name of exportedNames(read(file))) actions.set(`${file}#${name}`, mod[name]);
  }
});

// Allowed roles run the action's own code with an empty form; a handful may reach the database or
// revalidatePath and fail there, which the wrapper logs. That noise is expected here.
const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
afterAll(() => consoleError.mockRestore());

describe("role × server action", () => {
  it("every server action is in e2e/route-matrix.ts ACTIONS, and ACTIONS lists none that is gone", () => {
    expect(actions.size).toBeGreaterThan(0);
    expect([...actions.keys()].filter((key) => !(key in ACTIONS))).toEqual([]);
    expect(Object.keys(ACTIONS).filter((key) => !actions.has(key))).toEqual([]);
  });

  it("every role gets exactly the expected answer from every server action", async () => {
    const mismatches: string[] = [];
    for (const key of actions.keys()) {
      if (!(key in ACTIONS)) continue;
      for (const role of MATRIX_ROLES) {
        const got = await call(key, role === "anonymous" ? null : USERS[role]);
        if (got !== ACTIONS[key][role]) mismatches.push(`${role} ${key}: expected ${ACTIONS[key][role]}, got ${got}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("a user who must change an initial password can run nothing but the password change", async () => {
    const allowed: string[] = [];
    for (const key of actions.keys()) {
      for (const user of Object.values(USERS))
        if ((await call(key, { ...user, mustChangePassword: true })) === "allow" && ACTIONS[key]?.[user.username as MatrixRole] === "allow")
          allowed.push(key);
    }
    expect([...new Set(allowed)].sort()).toEqual([...ALLOWED_BEFORE_PASSWORD_CHANGE].sort());
  });
});
