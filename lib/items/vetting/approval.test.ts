import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// Attachments are written under UPLOAD_DIR, read by lib/env.ts when first imported: a scratch folder for this file.
process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-vetting-"));

import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { itemInput, seedTownAndBureau } from "@/test/item-fixtures";
import { tinyPdf } from "@/test/tiny-pdf";
import { addAttachment } from "../attachments";
import { approveItem, createItem, discardItem, SELF_APPROVAL_SETTING, submitItem } from "../mutations";
import { rescanPublished } from "./review";

let clerk: SessionUser;
let supervisor: SessionUser;
let categoryId: string;

beforeAll(async () => {
  const seeded = await seedTownAndBureau();
  ({ categoryId, clerk } = seeded);
  supervisor = { id: "u2", username: "supervisor", name: "审核人", role: "SUPERVISOR", orgId: seeded.org.id };
});

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const draft = (user: SessionUser, over = {}) => createItem(user, itemInput({ title: "低保对象名单公示", body: "名单见附件。", categoryId, ...over }));

describe("保密审查 at approval", () => {
  it("refuses an item with an ID number in an attached PDF until the finding is confirmed, and keeps the record", async () => {
    const item = await draft(clerk);
    await addAttachment(clerk, item.id, new File([tinyPdf(["Zhang San 11010519491231002X"])], "名单.pdf", { type: "application/pdf" }));
    const pending = await submitItem(clerk, item);

    const refused = await refusal(approveItem(supervisor, pending));
    expect(refused.message).toBe("保密审查发现 1 处问题尚未处理：请退回修改，或逐条填写可以公开的理由后再发布。");
    expect(refused.fieldErrors).toEqual({ findings: ["身份证号 110105********002X（附件内容：名单.pdf）"] });
    expect((await db.item.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("pending_review");

    const key = "id_number|attachment|名单.pdf|110105********002X";
    expect((await refusal(approveItem(supervisor, { ...pending, confirmations: [{ key, reason: "  " }] }))).message).toMatch(/^保密审查发现 1 处/);
    await approveItem(supervisor, { ...pending, confirmations: [{ key, reason: "公示对象本人书面同意公开" }] });

    const [record] = await db.itemVetting.findMany({ where: { itemId: item.id } });
    expect(record).toMatchObject({ reviewer: "supervisor", authorId: "u1", selfApproved: false });
    expect(JSON.parse(record.sources)).toEqual([
      { kind: "title", chars: 8 },
      { kind: "summary", chars: 0 },
      { kind: "body", chars: 6 },
      { kind: "attachment_name", name: "名单.pdf", chars: 6 },
      { kind: "attachment", name: "名单.pdf", chars: 28 },
    ]);
    expect(JSON.parse(record.findings)).toEqual([
      {
        kind: "id_number",
        preview: "110105********002X",
        context: "Zhang San 110105********002X",
        source: "attachment",
        sourceName: "名单.pdf",
        key,
        confirmation: "公示对象本人书面同意公开",
      },
    ]);
  });

  it("refuses the author as approver unless the platform allows one-person offices, and then records it", async () => {
    const pending = await submitItem(supervisor, await draft(supervisor));
    expect((await refusal(approveItem(supervisor, pending))).message).toBe("不能审核发布自己起草或提交的信息，请由另一位审核人审核（四眼原则）。");
    await db.setting.create({ data: { key: SELF_APPROVAL_SETTING, value: "allow" } });
    try {
      await approveItem(supervisor, pending);
      expect(await db.itemVetting.findFirstOrThrow({ where: { itemId: pending.id } })).toMatchObject({ selfApproved: true });
    } finally {
      await db.setting.delete({ where: { key: SELF_APPROVAL_SETTING } });
    }
  });

  it("refuses a 公开日期 in the future", async () => {
    const pending = await submitItem(clerk, await draft(clerk));
    const error = await refusal(approveItem(supervisor, { ...pending, publishedOn: "2999-01-01", reason: "预定" }));
    expect(error.fieldErrors).toEqual({ publishedOn: ["公开日期不能晚于今天"] });
  });
});

describe("discarding a draft", () => {
  it("discards a draft, audited, and keeps its 索引号 taken", async () => {
    const item = await draft(clerk, { createdOn: "2024-07-01" });
    const { indexNo } = await db.item.findUniqueOrThrow({ where: { id: item.id } });
    await discardItem(clerk, item);
    expect((await db.item.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("discarded");
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: item.id, action: "item.discard" } })).actorId).toBe("u1");
    const next = await draft(clerk, { createdOn: "2024-07-02" });
    expect((await db.item.findUniqueOrThrow({ where: { id: next.id } })).indexNo).not.toBe(indexNo);
  });

  it("refuses to discard anything but a draft", async () => {
    const pending = await submitItem(clerk, await draft(clerk));
    expect((await refusal(discardItem(clerk, pending))).message).toBe("只有从未发布的草稿可以作废。");
  });
});

describe("bulk re-scan of published items", () => {
  it("flags published items with findings, a batch at a time", async () => {
    const org = await db.organization.findUniqueOrThrow({ where: { code: "xt" } });
    const { flagged, scanned, next } = await rescanPublished(org.id, null);
    expect(scanned).toBe(2); // the item confirmed above and the self-approved one
    expect(next).toBeNull();
    expect(flagged.map((f) => f.findings.map((x) => x.preview))).toEqual([["110105********002X"]]);
    expect((await rescanPublished(org.id, "~")).scanned).toBe(0);
  });
});
