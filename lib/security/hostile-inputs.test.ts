import { createHash } from "node:crypto";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { auditFilterSchema } from "@/lib/audit";
import type { SignedInUser } from "@/lib/auth/users";
import { resetAccounts } from "@/lib/auth/test-helpers";
import { importTemplate } from "@/lib/import-xlsx/import";
import { fillTemplate } from "@/test/xlsx-workbook";
import { PERMISSIONS, type Permission } from "@/lib/permissions";
import { fieldsOf, formOf, HOSTILE_VALUES } from "@/test/hostile";
import { exportedNames, isServerActionModule, read, sourceFiles } from "@/test/source-files";

// Hostile inputs for every server action, generated from each action's own zod schema: every field gets
// every hostile value (alone, and with the other fields of a valid example). Each answer must be a clear
// Chinese message — never an unhandled error — and a refused submission must write nothing.

const session = vi.hoisted(() => ({ user: null as SignedInUser | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user, requirePage: async () => session.user }));

type Result = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> };
type Probed = ((previous: unknown, form: FormData) => Promise<Result>) & { permission: Permission | null; schema: z.ZodType };

let ids: Record<string, string> = {};
const ROLE_USERS: Record<string, () => SignedInUser> = {
  ADMIN: () => ({ id: ids.admin, username: "admin", name: "管理员", role: "ADMIN", orgId: null, mustChangePassword: false }),
  CLERK: () => ({ id: ids.clerk, username: "clerk", name: "办事员", role: "CLERK", orgId: "org-a", mustChangePassword: false }),
  SUPERVISOR: () => ({ id: ids.supervisor, username: "supervisor", name: "审核人", role: "SUPERVISOR", orgId: "org-a", mustChangePassword: false }),
};
const PASSWORD = "Gongkai@2026";

/** A user holding the permission; public actions (no permission) are called signed out. */
function userFor(permission: Permission | null): SignedInUser | null {
  if (permission === null) return null;
  return ROLE_USERS[(PERMISSIONS[permission] as readonly string[]).find((r) => r in ROLE_USERS)!]();
}

/**
 * A valid submission per action, so each hostile value is also tried inside an otherwise acceptable form.
 * Actions without one here are still probed with hostile values alone. `n` makes unique values per call.
 */
const EXAMPLES: Record<string, (n: number) => Record<string, string | File>> = {
  "app/admin/users/actions.ts#createUserAction": (n) => ({ username: `user${n}`, name: "张三", role: "CLERK", orgId: "org-a", password: "Chushi#2026", confirm: "Chushi#2026" }),
  "app/admin/users/actions.ts#updateUserAction": () => ({ id: ids.clerk, version: "1", name: "陈办事", role: "CLERK", orgId: "org-a" }),
  "app/admin/users/actions.ts#setUserActiveAction": () => ({ id: ids.clerk, version: "1", active: "true" }),
  "app/admin/users/actions.ts#resetPasswordAction": () => ({ id: ids.clerk, version: "1", password: "Chongzhi#2026", confirm: "Chongzhi#2026" }),
  "app/admin/password/actions.ts#changePasswordAction": () => ({ current: PASSWORD, password: "Xin#Mima2026", confirm: "Xin#Mima2026" }),
  "app/admin/items/import/actions.ts#previewItemsImportAction": () => ({ file: importFiles.items.file }),
  "app/admin/items/import/actions.ts#confirmItemsImportAction": () => ({ ...importFiles.items, okRows: "2" }),
  "app/admin/requests/import/actions.ts#previewRequestsImportAction": () => ({ file: importFiles.requests.file }),
  "app/admin/requests/import/actions.ts#confirmRequestsImportAction": () => ({ ...importFiles.requests, okRows: "2" }),
  "app/admin/settings/site/actions.ts#updateSiteSettingsAction": (n) => ({ name: `网站${n}`, identifier: "3504810001", icp: "闽ICP备12345678号-1", email: "gk@example.cn" }),
};

/** One-row Excel files for the import actions' examples, with the hash their preview would return. */
let importFiles: Record<"items" | "requests", { file: File; hash: string }>;
beforeAll(async () => {
  await db.category.create({ data: { code: "civil-affairs", name: "民政", sortOrder: 1 } });
  const rows = {
    items: { 标题: "低保资金发放情况", 主题分类: "民政", 体裁: "其他", 公开属性: "主动公开", 成文日期: "2024-03-01", 有效性: "有效" },
    requests: {
      申请渠道: "当面提交",
      收到申请之日: "2024-03-04",
      申请人类型: "公民",
      姓名或名称: "张三",
      证件类型: "居民身份证",
      证件号码: "11010519491231002X",
      联系电话: "13800138000",
      所需信息的内容描述: "低保资金发放明细",
      信息的提供形式: "纸质文本",
      获取信息的方式: "自行领取",
    },
  };
  const made = async (kind: "items" | "requests") => {
    const bytes = await fillTemplate(await importTemplate(kind), kind, [rows[kind]]);
    return { file: new File([new Uint8Array(bytes)], `${kind}.xlsx`), hash: createHash("sha256").update(bytes).digest("hex") };
  };
  importFiles = { items: await made("items"), requests: await made("requests") };
});

const resetStore = async () => {
  // Records an accepted import example wrote, which refer to the organisations resetAccounts recreates.
  for (const table of ["RequestEvent", "DisclosureRequest", "Item", "IndexSequence"]) await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
  ids = await resetAccounts([
    { username: "admin", role: "ADMIN", org: null, password: PASSWORD },
    { username: "clerk", role: "CLERK", org: "a", password: PASSWORD },
    { username: "supervisor", role: "SUPERVISOR", org: "a", password: PASSWORD },
  ]);
};

const actions = new Map<string, Probed>();
beforeAll(async () => {
  await resetStore();
  for (const file of sourceFiles().filter((f) => isServerActionModule(read(f)))) {
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, Probed>;
    for (const name of exportedNames(read(file))) actions.set(`${file}#${name}`, mod[name]);
  }
});

/** Row counts of the data. AuditLog and RateLimit are left out: recording a refused attempt (a wrong current
 *  password, say) is the point, not a write of the user's input. */
async function snapshot(): Promise<Record<string, number>> {
  // Every model's table (each is named after its model), on either database; the search index follows "Item".
  // One statement, so the thousands of probes cost one round trip each on PostgreSQL too.
  const tables = Object.values(Prisma.ModelName).filter((name) => name !== "AuditLog" && name !== "RateLimit");
  const rows = await db.$queryRawUnsafe<{ name: string; n: number | bigint }[]>(
    [
      ...tables.map((name) => `SELECT '${name}' AS name, count(*) AS n FROM "${name}"`),
      // Row counts miss in-place edits; the user rows' versions catch those for the account actions.
      `SELECT 'User.version' AS name, coalesce(sum("version"), 0) AS n FROM "User"`,
    ].join(" UNION ALL "),
  );
  const counts: Record<string, number> = {};
  for (const { name, n } of rows) counts[name] = Number(n);
  return counts;
}

const CJK = /[\u4e00-\u9fff]/;
/** Values no field may accept (see lib/validation.ts plainText). A lone surrogate is not here: FormData, like
 *  HTTP's UTF-8, has already turned it into U+FFFD before any server code sees it. */
const NEVER_ACCEPTED = ["huge (100 000 characters)", "NUL and control characters", "right-to-left override"];
const GENERIC_FAILURE = "系统出错";

describe("hostile inputs to every server action", () => {
  it("every action carries its schema (lib/action.ts), so the probe covers it", () => {
    expect(actions.size).toBeGreaterThan(0);
    for (const [key, probed] of actions) expect(fieldsOf(probed.schema).length, key).toBeGreaterThan(0);
  });

  it("the valid examples are accepted, so the hostile values are tried in forms that would otherwise pass", async () => {
    for (const [key, example] of Object.entries(EXAMPLES)) {
      const probed = actions.get(key)!;
      session.user = userFor(probed.permission);
      expect(await probed(null, formOf(example(0))), key).toMatchObject({ ok: true });
      await resetStore();
    }
  });

  it("are answered with a clear Chinese message, no unhandled error, and no write when refused", async () => {
    const failures: string[] = [];
    let probes = 0;
    let n = 0;
    for (const [key, probed] of actions) {
      for (const field of fieldsOf(probed.schema)) {
        for (const hostile of HOSTILE_VALUES) {
          const variants = [{ [field]: hostile.value }, ...(EXAMPLES[key] ? [{ ...EXAMPLES[key](n++), [field]: hostile.value }] : [])];
          for (const fields of variants) {
            session.user = userFor(probed.permission);
            const before = await snapshot();
            const result = await probed(null, formOf(fields as Record<string, string | File | string[]>));
            probes++;
            const where = `${key} ${field}=${hostile.label}${Object.keys(fields).length > 1 ? " (in a valid form)" : ""}`;
            if (!result.ok) {
              if (!CJK.test(result.message ?? "") || result.message!.includes(GENERIC_FAILURE)) failures.push(`${where}: ${result.message}`);
              for (const messages of Object.values(result.fieldErrors ?? {}))
                for (const m of messages) if (!CJK.test(m)) failures.push(`${where}: field message not in Chinese: ${m}`);
              const after = await snapshot();
              if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${where}: refused but wrote ${JSON.stringify({ before, after })}`);
            } else {
              if (NEVER_ACCEPTED.includes(hostile.label)) failures.push(`${where}: accepted`);
              await resetStore(); // an accepted write changes the data the examples rely on
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(probes).toBeGreaterThan(200);
  }, 600_000);

  it("field names aimed at the prototype are dropped, not assigned", async () => {
    const { formDataToObject } = await import("@/lib/action");
    const form = new FormData();
    form.append("__proto__", new File(["x"], "x"));
    form.append("constructor", "x");
    form.append("name", "张三");
    const object = formDataToObject(form);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toEqual(["name"]);
  });

  it("a request that sends something other than a form is refused", async () => {
    await resetStore();
    for (const probed of actions.values()) {
      session.user = userFor(probed.permission);
      const result = await probed(null, { username: "x" } as unknown as FormData);
      expect(result).toEqual({ ok: false, message: "提交的内容有误，请从页面上的表单提交。" });
    }
  });
});

describe("hostile query parameters to the audit export", () => {
  it("are refused with Chinese messages or ignored, never thrown", () => {
    for (const field of fieldsOf(auditFilterSchema))
      for (const hostile of HOSTILE_VALUES.filter((h) => typeof h.value === "string")) {
        const result = auditFilterSchema.safeParse({ [field]: hostile.value });
        if (!result.success) for (const issue of result.error.issues) expect(issue.message, `${field}=${hostile.label}`).toMatch(CJK);
        else if ((hostile.value as string).length > 10_000) throw new Error(`${field} accepted a huge value`);
      }
  });
});
