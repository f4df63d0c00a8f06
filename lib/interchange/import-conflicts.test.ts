import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { closeRequest } from "@/lib/requests/mutations";
import { goodFile, valid } from "@/test/interchange-fixtures";
import { ImportConflicts, importInterchange, loadKnownCodes } from "./import";

// An import must not silently undo what was done in the app since the records were imported.

const importRaw = async (raw: unknown, options: { overwrite?: boolean } = {}) =>
  importInterchange(valid(raw, await loadKnownCodes()), { dryRun: false, ...options });

const snapshot = async () => ({
  request: await db.disclosureRequest.findFirstOrThrow({ where: { number: "2021-0002" }, select: { status: true, outcome: true, closedOn: true, version: true, importedVersion: true } }),
  events: await db.requestEvent.count(),
  audit: await db.auditLog.count(),
});

let clerk: SessionUser;

beforeAll(async () => {
  await importRaw(goodFile());
  const org = await db.organization.findUniqueOrThrow({ where: { code: "xiaotao" } });
  const user = await db.user.create({ data: { username: "clerk-x", name: "办理 人员", passwordHash: "x", role: "CLERK", orgId: org.id } });
  clerk = { id: user.id, username: user.username, name: user.name, role: "CLERK", orgId: org.id };
});

describe("re-importing an old file", () => {
  it("audits every imported record, one row each, besides the import's own entry", async () => {
    const created = await db.auditLog.groupBy({ by: ["action", "entity"], _count: true, orderBy: [{ action: "asc" }, { entity: "asc" }] });
    expect(created.map((g) => [g.action, g.entity, g._count])).toEqual([
      ["interchange.create", "Appeal", 1],
      ["interchange.create", "Category", 2],
      ["interchange.create", "DisclosureRequest", 2],
      ["interchange.create", "Item", 3],
      ["interchange.create", "Organization", 1],
      ["interchange.create", "YearlyStatistic", 2],
      ["interchange.import", null, 1],
    ]);
    const request = await db.disclosureRequest.findFirstOrThrow({ where: { number: "2021-0002" } });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "interchange.create", entityId: request.id } });
    expect(entry).toMatchObject({ actor: "import", orgId: request.orgId });
    expect(JSON.parse(entry.after!)).toMatchObject({ receivedOn: "2021-12-28", closedOn: null, status: "received" });
    expect(request).toMatchObject({ version: 1, importedVersion: 1 });
  });

  it("after a request was closed in the app, changes nothing and lists the conflict", async () => {
    const request = await db.disclosureRequest.findFirstOrThrow({ where: { number: "2021-0002" } });
    await closeRequest(clerk, { requestId: request.id, version: request.version, on: "2022-01-10", outcome: "disclosed", replyText: "经审查，予以公开。" });
    const before = await snapshot();
    expect(before.request).toEqual({ status: "closed", outcome: "disclosed", closedOn: "2022-01-10", version: 2, importedVersion: 1 });

    const error = await importRaw(goodFile()).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ImportConflicts);
    expect((error as ImportConflicts).conflicts).toEqual(["requests xiaotao 2021-0002: 已在系统中修改，文件与之不同的字段：closedOn, outcome, status"]);
    expect(await snapshot()).toEqual(before); // not even an audit entry
  });

  it("the same file again with the app's changes in it is no conflict (nothing differs)", async () => {
    const raw = goodFile();
    Object.assign(raw.requests[1], { closedOn: "2022-01-10", outcome: "disclosed" });
    const summary = await importRaw(raw);
    expect(summary.requests).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it("--overwrite writes the file's values, audits the override, and the import knows the new version", async () => {
    const before = await snapshot();
    const summary = await importRaw(goodFile(), { overwrite: true });
    expect(summary.requests).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const after = await snapshot();
    expect(after.request).toEqual({ status: "received", outcome: null, closedOn: null, version: 3, importedVersion: 3 });
    expect(after.audit).toBe(before.audit + 2);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "interchange.import" }, orderBy: { at: "desc" } });
    expect(JSON.parse(entry.after!).overwritten).toEqual(["requests xiaotao 2021-0002: 已在系统中修改，文件与之不同的字段：closedOn, outcome, status"]);
    const update = await db.auditLog.findFirstOrThrow({ where: { action: "interchange.update" } });
    expect([JSON.parse(update.before!), JSON.parse(update.after!)]).toEqual([
      { closedOn: "2022-01-10", outcome: "disclosed", status: "closed" },
      { closedOn: null, outcome: null, status: "received" },
    ]);
  });
});
