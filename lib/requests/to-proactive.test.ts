import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { todayInChina } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { APPLICANT } from "@/test/request-fixtures";
import { logIntake } from "./mutations";
import { convertToProactive, proactiveSuggestionsFor, requestsTurnedInto } from "./to-proactive";

let clerk: SessionUser;
let otherClerk: SessionUser;
let orgId: string;

beforeAll(async () => {
  const org = await db.organization.create({ data: { code: "xiaotao", name: "永安市小陶镇人民政府", indexPrefix: "003680183" } });
  const other = await db.organization.create({ data: { code: "sfj", name: "永安市司法局", indexPrefix: "003680047" } });
  await db.category.create({ data: { code: "roads", name: "城乡建设", sortOrder: 1 } });
  orgId = org.id;
  clerk = { id: "u1", username: "clerk", name: "办事员", role: "CLERK", orgId };
  otherClerk = { id: "u2", username: "sfj-clerk", name: "司法局办事员", role: "CLERK", orgId: other.id };
});

const ask = (idNumber: string, description: string) =>
  logIntake(clerk, { ...APPLICANT, idNumber, description, channel: "in_person", receivedOn: todayInChina() });

describe("依申请转主动 (条例第四十四条)", () => {
  it("suggests three applicants' alike requests, drafts one item linked to them, and then suggests them no more", async () => {
    const a = await ask("11010519491231002X", "请公开2023年小陶镇道路硬化工程资金使用情况");
    await ask("11010519491231002X", "请公开2024年小陶镇财政预算");
    const b = await ask("110105194912310021", "申请公开小陶镇2023年道路硬化工程资金使用明细");
    const c = await ask("110105194912310048", "小陶镇2023年道路硬化工程的资金使用情况");

    const [suggestion, ...none] = await proactiveSuggestionsFor(orgId);
    expect(none).toEqual([]);
    expect(suggestion.requests.map((r) => r.id)).toEqual([a.id, b.id, c.id]);

    await expect(convertToProactive(otherClerk, { requestIds: [a.id, b.id, c.id] })).rejects.toThrow("申请不存在或不属于本机关。");
    const { itemId } = await convertToProactive(clerk, { requestIds: [a.id, b.id, c.id] });
    const item = await db.item.findUniqueOrThrow({ where: { id: itemId } });
    expect(item).toMatchObject({ status: "draft", disclosure: "proactive", genre: "other", title: "请公开2023年小陶镇道路硬化工程资金使用情况" });
    expect(item.summary).toBe(`依申请转主动公开（条例第四十四条）：3件申请（${a.number}、${b.number}、${c.number}）要求公开相同信息。`);
    expect((await requestsTurnedInto(itemId)).map((r) => r.id)).toEqual([a.id, b.id, c.id]);
    expect(await proactiveSuggestionsFor(orgId)).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "request.to_proactive", entityId: itemId } })).toBe(1);

    const again = await convertToProactive(clerk, { requestIds: [a.id, b.id, c.id] }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(DomainError);
  });

  it("refuses a group that is not one (fewer applicants, other information)", async () => {
    const x = await ask("11010519491231002X", "请公开小陶镇森林防火期管理通告");
    const y = await ask("110105194912310021", "请公开小陶镇森林防火期管理通告");
    const z = await ask("110105194912310048", "请公开小陶镇2024年低保对象名单");
    await expect(convertToProactive(clerk, { requestIds: [x.id, y.id, z.id] })).rejects.toThrow("这些申请不是至少三位申请人就相同信息提出的申请，不能转为主动公开。");
  });
});
