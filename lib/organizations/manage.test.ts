import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { createBody, moveBody, renameBody } from "./manage";
import { moveBodySchema, newBodySchema, renameBodySchema } from "./schema";

const admin = { id: "u-admin", username: "admin" };

beforeEach(async () => {
  for (const table of ["AuditLog", "User", "Organization"]) await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
  await db.organization.create({ data: { id: "o-yongan", code: "yongan", name: "永安市人民政府", kind: "county_government", indexPrefix: "003680000" } });
  await db.organization.create({ data: { id: "o-xiaotao", code: "xiaotao", name: "永安市小陶镇人民政府", kind: "township", parentId: "o-yongan", indexPrefix: "003680183" } });
  await db.organization.create({ data: { id: "o-sfj", code: "yongan-sfj", name: "永安市司法局", kind: "department", parentId: "o-yongan", indexPrefix: "003680047" } });
});

const tree = async () =>
  Object.fromEntries((await db.organization.findMany({ select: { code: true, parentId: true, kind: true, name: true } })).map((o) => [o.code, o]));
const move = (id: string, parentCode: string, kind: string, seenParentId: string, seenKind: string) =>
  moveBody(admin, moveBodySchema.parse({ id, parentCode, kind, seenParentId, seenKind }));

describe("creating a body", () => {
  it("puts it under the parent named by code, audited", async () => {
    const input = newBodySchema.parse({ code: "yongan-jyj", name: "永安市教育局", kind: "department", parentCode: "yongan", indexPrefix: "003680050" });
    const org = await createBody(admin, input);
    expect(org).toMatchObject({ code: "yongan-jyj", parentId: "o-yongan", kind: "department" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "organization.create" } });
    expect([entry.actor, entry.entityId]).toEqual(["admin", org.id]);
  });

  it("makes a root when no parent is given", async () => {
    const org = await createBody(admin, newBodySchema.parse({ code: "sanming", name: "三明市人民政府", kind: "city_government", parentCode: "", indexPrefix: "0036" }));
    expect(org.parentId).toBeNull();
  });

  it("refuses a taken code and an unknown parent, with the field named, and writes nothing", async () => {
    const before = await tree();
    const input = newBodySchema.parse({ code: "xiaotao", name: "重复", kind: "township", parentCode: "yongan", indexPrefix: "1" });
    await expect(createBody(admin, input)).rejects.toMatchObject({ fieldErrors: { code: ["已有编码为 xiaotao 的机关"] } });
    await expect(createBody(admin, { ...input, code: "new", parentCode: "nowhere" })).rejects.toMatchObject({
      message: "上级机关不存在，未作更改。",
      fieldErrors: { parentCode: ["没有编码为 nowhere 的机关"] },
    });
    expect(await tree()).toEqual(before);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses codes outside the interchange alphabet", () => {
    const result = newBodySchema.safeParse({ code: "小陶镇", name: "x", kind: "township", indexPrefix: "1" });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["机关编码只能包含字母、数字和 . _ - /（如 yongan-sfj）"]);
  });
});

describe("moving a body", () => {
  it("changes its parent and kind, audited with before and after", async () => {
    await move("o-sfj", "xiaotao", "township", "o-yongan", "department");
    expect((await tree())["yongan-sfj"]).toMatchObject({ parentId: "o-xiaotao", kind: "township" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "organization.move" } });
    expect(JSON.parse(entry.before!)).toEqual({ parentId: "o-yongan", kind: "department" });
  });

  it("refuses a move under itself or its own child, naming the cycle, and writes nothing", async () => {
    const before = await tree();
    await expect(move("o-yongan", "xiaotao", "county_government", "", "county_government")).rejects.toThrow(
      "会形成循环：永安市人民政府 → 永安市小陶镇人民政府 → 永安市人民政府",
    );
    await expect(move("o-yongan", "yongan", "county_government", "", "county_government")).rejects.toThrow("不能把机关移到它自己或它的下级之下");
    expect(await tree()).toEqual(before);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses a stale move: someone moved the body since the admin saw it", async () => {
    await move("o-sfj", "xiaotao", "department", "o-yongan", "department");
    await expect(move("o-sfj", "", "department", "o-yongan", "department")).rejects.toBeInstanceOf(ConflictError);
    expect((await tree())["yongan-sfj"].parentId).toBe("o-xiaotao");
  });

  it("refuses to turn a body with staff into a region, which receives no applications and publishes nothing", async () => {
    await db.user.create({ data: { username: "clerk", name: "陈办事", passwordHash: "x", role: "CLERK", orgId: "o-xiaotao" } });
    await expect(move("o-xiaotao", "yongan", "region", "o-yongan", "township")).rejects.toThrow("不能改为“区域”");
    await move("o-sfj", "yongan", "region", "o-yongan", "department");
    expect((await tree())["yongan-sfj"].kind).toBe("region");
  });
});

describe("renaming a body", () => {
  it("renames it when the name is still the one the admin saw, else refuses", async () => {
    await renameBody(admin, renameBodySchema.parse({ id: "o-sfj", name: "永安市司法局（新）", seenName: "永安市司法局" }));
    expect((await tree())["yongan-sfj"].name).toBe("永安市司法局（新）");
    await expect(renameBody(admin, renameBodySchema.parse({ id: "o-sfj", name: "又一个", seenName: "永安市司法局" }))).rejects.toBeInstanceOf(ConflictError);
    await expect(renameBody(admin, renameBodySchema.parse({ id: "o-none", name: "x", seenName: "y" }))).rejects.toThrow("记录不存在");
    expect((await tree())["yongan-sfj"].name).toBe("永安市司法局（新）");
  });
});
