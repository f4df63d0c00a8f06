import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ConflictError, DomainError, NotFoundError, prismaErrorCode } from "@/lib/errors";
import type { MoveBodyInput, NewBodyInput, RenameBodyInput } from "./schema";
import { findCycle } from "./tree";
import { publicContentChanged } from "@/lib/public-cache/version";

// The platform administrator's changes to the tree of bodies (/admin/organizations). Organization has no version
// column: an edit names the fields the admin saw (parent and kind for a move, the name for a rename) and is written
// only while they are unchanged, so a concurrent edit is refused rather than silently undone (docs/ARCHITECTURE.md).

type Actor = Pick<SessionUser, "id" | "username">;
type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function parentIdOf(tx: Tx, parentCode: string | null): Promise<string | null> {
  if (parentCode === null) return null;
  const parent = await tx.organization.findUnique({ where: { code: parentCode }, select: { id: true } });
  if (!parent) throw new DomainError("上级机关不存在，未作更改。", { parentCode: [`没有编码为 ${parentCode} 的机关`] });
  return parent.id;
}

export async function createBody(actor: Actor, input: NewBodyInput) {
  try {
    return await db.$transaction(async (tx) => {
      const parentId = await parentIdOf(tx, input.parentCode);
      const { code, name, kind, indexPrefix } = input;
      const org = await tx.organization.create({ data: { code, name, kind, indexPrefix, parentId }, select: { id: true, code: true, name: true, kind: true, parentId: true } });
      await publicContentChanged(tx);
      await audit(actor, { action: "organization.create", entity: "Organization", entityId: org.id, orgId: org.id, after: { ...input } }, tx);
      return org;
    });
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") throw new DomainError("机关编码已被使用，未作更改。", { code: [`已有编码为 ${input.code} 的机关`] });
    throw error;
  }
}

/** Puts a body under another parent (or at the root) and/or gives it another kind; a body can never end up under itself. */
export async function moveBody(actor: Actor, input: MoveBodyInput) {
  return db.$transaction(async (tx) => {
    const body = await tx.organization.findUnique({
      where: { id: input.id },
      select: { id: true, code: true, kind: true, parentId: true, _count: { select: { items: true, requests: true, users: true } } },
    });
    if (!body) throw new NotFoundError();
    if (body.parentId !== input.seenParentId || body.kind !== input.seenKind) throw new ConflictError();
    const parentId = await parentIdOf(tx, input.parentCode);
    // A region only groups bodies: it must not become one that already has staff, documents or applications.
    const { items, requests, users } = body._count;
    if (input.kind === "region" && body.kind !== "region" && items + requests + users > 0)
      throw new DomainError("该机关已有账号、政府信息或申请，不能改为“区域”（区域不受理申请、不发布信息）。", { kind: ["不能改为区域"] });
    const links = await tx.organization.findMany({ select: { id: true, parentId: true, name: true } });
    const cycle = findCycle(links.map((l) => (l.id === body.id ? { ...l, parentId } : l)));
    if (cycle.length > 0) {
      const name = new Map(links.map((l) => [l.id, l.name]));
      // Told from the body being moved, whichever node the search met first (row order differs by database).
      const start = Math.max(0, cycle.indexOf(body.id));
      const loop = [...cycle.slice(start), ...cycle.slice(0, start)];
      const path = [...loop, loop[0]].map((id) => name.get(id)).join(" → ");
      throw new DomainError(`不能把机关移到它自己或它的下级之下（会形成循环：${path}），未作更改。`, { parentCode: ["不能选择本机关或其下级"] });
    }
    const { count } = await tx.organization.updateMany({ where: { id: body.id, parentId: body.parentId, kind: body.kind }, data: { parentId, kind: input.kind } });
    if (count !== 1) throw new ConflictError();
    await publicContentChanged(tx);
    const before = { parentId: body.parentId, kind: body.kind };
    await audit(actor, { action: "organization.move", entity: "Organization", entityId: body.id, orgId: body.id, before, after: { parentId, kind: input.kind } }, tx);
    return { id: body.id, code: body.code };
  });
}

export async function renameBody(actor: Actor, input: RenameBodyInput) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.organization.updateMany({ where: { id: input.id, name: input.seenName }, data: { name: input.name } });
    if (count !== 1) {
      if (await tx.organization.findUnique({ where: { id: input.id }, select: { id: true } })) throw new ConflictError();
      throw new NotFoundError();
    }
    await publicContentChanged(tx);
    await audit(actor, { action: "organization.rename", entity: "Organization", entityId: input.id, orgId: input.id, before: { name: input.seenName }, after: { name: input.name } }, tx);
    return { id: input.id };
  });
}
