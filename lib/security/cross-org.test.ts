import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import type { SignedInUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { PERMISSIONS, type Permission } from "@/lib/permissions";
import { changedModels, snapshotRows } from "@/test/db-snapshot";
import { fieldsOf, formOf } from "@/test/hostile";
import { exportedNames, isServerActionModule, read, sourceFiles } from "@/test/source-files";

// Organisation isolation of every server action, with REAL ids: each action whose form names a record (a field
// `id`, `…Id`, or the 申请编号 an appeal links to) is called by the other organisation's holders of its permission
// (永安市司法局's clerk, supervisor and administrator) with a valid form naming a 小陶镇 record. Each must be
// refused as "not found / not yours" — not by a validation or state rule that happens to come first — with every
// row of every table unchanged. The list of cases is checked against the actions found in the source, so a new
// action with a record field and no case here fails the test.

const session = vi.hoisted(() => ({ user: null as SignedInUser | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user, requirePage: async () => session.user }));

type Result = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> };
type Probed = ((previous: unknown, form: FormData) => Promise<Result>) & { permission: Permission | null; schema: z.ZodType };

/** Form fields that name a record. */
const RECORD_FIELD = /^(id|\w+Id|requestNumber)$/;

/** The 小陶镇 records (and the users) the cases point at; filled in beforeAll. */
const x = {} as Record<
  "org" | "otherOrg" | "category" | "draftItem" | "pendingItem" | "publishedItem" | "attachment" | "request" | "fee" | "appeal" | "clerk" | "mail",
  string
>;
const versionOf = {
  item: async (id: string) => String((await db.item.findUniqueOrThrow({ where: { id } })).version),
  request: async () => String((await db.disclosureRequest.findUniqueOrThrow({ where: { id: x.request } })).version),
  user: async () => String((await db.user.findUniqueOrThrow({ where: { id: x.clerk } })).version),
};

const itemFields = () => ({
  title: "关于调整小陶镇集市时间的通知",
  categoryId: x.category,
  genre: "normative",
  disclosure: "proactive",
  createdOn: "2024-03-01",
  validity: "valid",
  channels: "website",
});
const step = async () => ({ requestId: x.request, version: await versionOf.request(), on: "2024-03-05" });

/** A valid form naming 小陶镇 records, per action with a record field. */
const CASES: Record<string, () => Promise<Record<string, string | File>>> = {
  "app/admin/items/actions.ts#updateItemAction": async () => ({ ...itemFields(), id: x.draftItem, version: await versionOf.item(x.draftItem) }),
  "app/admin/items/actions.ts#submitItemAction": async () => ({ id: x.draftItem, version: await versionOf.item(x.draftItem) }),
  "app/admin/items/actions.ts#discardItemAction": async () => ({ id: x.draftItem, version: await versionOf.item(x.draftItem) }),
  "app/admin/items/actions.ts#approveItemAction": async () => ({ id: x.pendingItem, version: await versionOf.item(x.pendingItem) }),
  "app/admin/items/actions.ts#returnItemAction": async () => ({ id: x.pendingItem, version: await versionOf.item(x.pendingItem), comment: "请补充文号" }),
  "app/admin/items/actions.ts#withdrawItemAction": async () => ({ id: x.publishedItem, version: await versionOf.item(x.publishedItem), cause: "leak", reason: "内容有误" }),
  "app/admin/items/actions.ts#markItemValidityAction": async () => ({
    id: x.publishedItem,
    version: await versionOf.item(x.publishedItem),
    validity: "abolished",
    abolishedOn: "2024-06-01",
  }),
  "app/admin/items/actions.ts#addAttachmentAction": async () => ({
    itemId: x.draftItem,
    file: new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a])], "通知.pdf", { type: "application/pdf" }),
  }),
  "app/admin/items/actions.ts#removeAttachmentAction": async () => ({ id: x.attachment }),
  "app/admin/items/actions.ts#setInterpretedPoliciesAction": async () => ({ itemId: x.draftItem, indexNos: "" }),
  "app/admin/requests/actions.ts#confirmReceiptAction": step,
  "app/admin/requests/actions.ts#correctionNoticeAction": async () => ({ ...(await step()), items: "请补充身份证明", deadlineOn: "2024-03-20" }),
  "app/admin/requests/actions.ts#correctionReceivedAction": async () => ({ ...(await step()), supplied: "已补充身份证明" }),
  "app/admin/requests/actions.ts#consultationStartAction": async () => ({ ...(await step()), party: "third_party", partyName: "某公司" }),
  "app/admin/requests/actions.ts#consultationEndAction": step,
  "app/admin/requests/actions.ts#extensionAction": async () => ({ ...(await step()), days: "10", approver: "林审核", notifiedOn: "2024-03-05" }),
  "app/admin/requests/actions.ts#feeNoticeAction": async () => ({ ...(await step()), basis: "per_item", amountFen: "100" }),
  "app/admin/requests/actions.ts#feePaidAction": async () => ({ ...(await step()), feeId: x.fee }),
  "app/admin/requests/actions.ts#closeAction": async () => ({ ...(await step()), outcome: "disclosed", replyText: "予以公开。" }),
  "app/admin/requests/actions.ts#replyFilesAction": async () => ({
    requestId: x.request,
    files: new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a])], "答复书.pdf", { type: "application/pdf" }),
  }),
  "app/admin/mail/actions.ts#retryMailAction": async () => ({ id: x.mail }),
  "app/admin/requests/actions.ts#sendNoticeAction": async () => ({ ...(await step()), notice: "receipt", title: "登记回执", text: "已收到。" }),
  "app/admin/appeals/actions.ts#createAppealAction": async () => ({ number: "复-2024-9", kind: "review", filedOn: "2024-04-01", requestNumber: "2024-0001" }),
  "app/admin/appeals/actions.ts#updateAppealAction": async () => ({ id: x.appeal, version: "1", number: "复-2024-1", kind: "review", filedOn: "2024-04-01", note: "改" }),
  "app/admin/organization/actions.ts#updateOrganizationAction": async () => ({ id: x.org, indexPrefix: "EVIL", indexPattern: "{前缀}/{年份}-{5位流水}" }),
  "app/admin/users/actions.ts#createUserAction": async () => ({
    username: "intruder",
    name: "冒名者",
    role: "SUPERVISOR",
    orgId: x.org,
    password: "Ruqin#2026x",
    confirm: "Ruqin#2026x",
  }),
  "app/admin/users/actions.ts#updateUserAction": async () => ({ id: x.clerk, version: await versionOf.user(), name: "改名", role: "SUPERVISOR", orgId: x.org }),
  "app/admin/users/actions.ts#setUserActiveAction": async () => ({ id: x.clerk, version: await versionOf.user(), active: "false" }),
  "app/admin/users/actions.ts#resetPasswordAction": async () => ({ id: x.clerk, version: await versionOf.user(), password: "Chongzhi#2026", confirm: "Chongzhi#2026" }),
};

/** Actions with a record field that no organisation owns, and why no cross-organisation case applies. */
const NOT_ORG_SCOPED: Record<string, string> = {
  "app/(public)/apply/actions.ts#submitApplicationAction": "the public applicant chooses which body to apply to",
  "app/admin/items/actions.ts#createItemAction": "categoryId: the 主题分类 are shared by every body",
  "app/admin/categories/actions.ts#renameCategoryAction": "the 主题分类 are shared by every body",
  "app/admin/categories/actions.ts#moveCategoryAction": "the 主题分类 are shared by every body",
  "app/admin/categories/actions.ts#retireCategoryAction": "the 主题分类 are shared by every body",
  "app/admin/organizations/actions.ts#moveBodyAction": "the tree of bodies is platform-wide: only an administrator with no organisation may change it (lib/permissions.ts PLATFORM_WIDE)",
  "app/admin/organizations/actions.ts#renameBodyAction": "the tree of bodies is platform-wide: only an administrator with no organisation may change it (lib/permissions.ts PLATFORM_WIDE)",
};

/** The refusal of another organisation's record: answered as missing or not one's own, never a rule of the record's state. */
const NOT_YOURS = /不存在|无权|不属于本机关|只能.*本机[关构]|找不到/;

/** 永安市司法局's users, one per role: the attackers. */
const OTHERS: SignedInUser[] = [];
/** The overseer of 永安市, the body above 小陶镇. */
const OVERSEER: SignedInUser[] = [];

const actions = new Map<string, Probed>();
beforeAll(async () => {
  for (const file of sourceFiles().filter((f) => isServerActionModule(read(f)))) {
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, Probed>;
    for (const name of exportedNames(read(file))) actions.set(`${file}#${name}`, mod[name]);
  }

  const xiaotao = await db.organization.create({ data: { code: "xiaotao", name: "永安市小陶镇人民政府", indexPrefix: "003680183" } });
  const sfj = await db.organization.create({ data: { code: "yongan-sfj", name: "永安市司法局", indexPrefix: "003680047" } });
  x.org = xiaotao.id;
  x.otherOrg = sfj.id;
  x.category = (await db.category.create({ data: { code: "plans", name: "规划计划", sortOrder: 1 } })).id;
  const item = (indexNo: string, status: string, publishedOn: string | null = null) =>
    db.item.create({
      data: { orgId: x.org, indexNo, title: `${indexNo} 小陶镇信息`, categoryId: x.category, genre: "normative", disclosure: "proactive", createdOn: "2024-03-01", publishedOn, status },
    });
  x.draftItem = (await item("003680183/2024-00001", "draft")).id;
  x.pendingItem = (await item("003680183/2024-00002", "pending_review")).id;
  x.publishedItem = (await item("003680183/2024-00003", "published", "2024-03-04")).id;
  x.attachment = (
    await db.attachment.create({ data: { itemId: x.draftItem, fileName: "a.pdf", contentType: "application/pdf", size: 9, sha256: "0".repeat(64), storagePath: "a" } })
  ).id;
  const request = await db.disclosureRequest.create({
    data: { orgId: x.org, number: "2024-0001", applicantType: "natural_person", applicantName: "张三", channel: "online", receivedOn: "2024-03-01", description: "集市时间" },
  });
  x.request = request.id;
  x.fee = (await db.requestFee.create({ data: { requestId: x.request, basis: "per_item", amountFen: 100, noticeOn: "2024-03-04" } })).id;
  x.mail = (await db.outboxMail.create({ data: { dedupeKey: "digest:x", orgId: x.org, to: "xtz@example.cn", subject: "提醒", text: "…", status: "failed", attempts: 6 } })).id;
  x.appeal = (await db.appeal.create({ data: { orgId: x.org, number: "复-2024-1", kind: "review", filedOn: "2024-04-01", requestId: x.request } })).id;
  x.clerk = (await db.user.create({ data: { username: "clerk", name: "陈办事", passwordHash: "x", role: "CLERK", orgId: x.org } })).id;
  for (const role of ["CLERK", "SUPERVISOR", "ADMIN"] as const) {
    const user = await db.user.create({ data: { username: `sfj-${role.toLowerCase()}`, name: `司法局${role}`, passwordHash: "x", role, orgId: x.otherOrg } });
    OTHERS.push({ id: user.id, username: user.username, name: user.name, role, orgId: x.otherOrg, mustChangePassword: false });
  }
  // 永安市人民政府 above 小陶镇, and its 政务公开办's overseer: it reads the subtree, and may change none of it.
  const yongan = await db.organization.create({ data: { code: "yongan", name: "永安市人民政府", indexPrefix: "003680000", kind: "county_government" } });
  await db.organization.update({ where: { id: x.org }, data: { parentId: yongan.id } });
  const overseer = await db.user.create({ data: { username: "overseer", name: "赵监督", passwordHash: "x", role: "OVERSEER", orgId: yongan.id } });
  OVERSEER.push({ id: overseer.id, username: overseer.username, name: overseer.name, role: "OVERSEER", orgId: yongan.id, mustChangePassword: false });
});

// Refusals may be logged by the wrapper; the test looks at the answers.
vi.spyOn(console, "error").mockImplementation(() => {});

describe("another organisation's records, by real id, through every server action", () => {
  it("every action with a record field has a cross-organisation case (or a stated reason why none applies)", () => {
    expect(actions.size).toBeGreaterThan(0);
    const withRecordField = [...actions].filter(([, a]) => fieldsOf(a.schema).some((f) => RECORD_FIELD.test(f))).map(([key]) => key);
    expect(withRecordField.filter((key) => !(key in CASES) && !(key in NOT_ORG_SCOPED))).toEqual([]);
    expect([...Object.keys(CASES), ...Object.keys(NOT_ORG_SCOPED)].filter((key) => !withRecordField.includes(key))).toEqual([]);
  });

  it("the other organisation's clerk, supervisor and administrator are refused, and nothing changes", async () => {
    const failures: string[] = [];
    let calls = 0;
    for (const [key, form] of Object.entries(CASES)) {
      const action = actions.get(key)!;
      const holders = OTHERS.filter((u) => (PERMISSIONS[action.permission!] as readonly string[]).includes(u.role));
      if (holders.length === 0) failures.push(`${key}: no user of the other organisation holds ${action.permission}`);
      for (const user of holders) {
        session.user = user;
        const before = await snapshotRows();
        const result = await action(null, formOf(await form()));
        calls++;
        const changed = changedModels(before, await snapshotRows());
        if (result.ok || !NOT_YOURS.test(result.message ?? "")) failures.push(`${user.username} ${key}: ${JSON.stringify(result)}`);
        if (changed.length > 0) failures.push(`${user.username} ${key}: changed ${changed.join(", ")}`);
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(Object.keys(CASES).length);
  });

  it("the overseer of the body above is refused by every action naming a 小陶镇 record, and nothing changes", async () => {
    const failures: string[] = [];
    session.user = OVERSEER[0];
    for (const [key, form] of Object.entries(CASES)) {
      const before = await snapshotRows();
      const result = await actions.get(key)!(null, formOf(await form()));
      const changed = changedModels(before, await snapshotRows());
      if (result.ok) failures.push(`overseer ${key}: ${JSON.stringify(result)}`);
      if (changed.length > 0) failures.push(`overseer ${key}: changed ${changed.join(", ")}`);
    }
    expect(failures).toEqual([]);
  });
});
