import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError, prismaErrorCode } from "@/lib/errors";
import { listSelectableCategories } from "@/lib/items/categories";
import { insertItem } from "@/lib/items/mutations";
import { itemSchema } from "@/lib/items/schema";
import { XLSX } from "@/lib/office-formats";
import { writeIntake } from "@/lib/requests/mutations";
import { nextRequestNumber } from "@/lib/requests/numbering";
import { intakeSchema } from "@/lib/requests/schemas";
import { IMPORT_KINDS, itemColumns, MAX_IMPORT_BYTES, MAX_IMPORT_LABEL, requestColumns, type ImportKind } from "./columns";
import { readImportFile, type RowError } from "./read";
import { writeTemplate } from "./template";

// Bulk import from the Excel templates, in two steps that write nothing until the second:
//   preview: read and check every row with the web form's schema;
//   confirm: the same bytes again (the browser re-sends the file with the hash the preview returned), checked
//            again, refused unless the rows that passed are exactly those previewed, then written in one
//            transaction through the same functions the web forms use (insertItem, writeIntake).
// No state is kept between the two steps, so any app instance can serve either.

/** The columns whose values the preview shows for a row that will be created. */
const PREVIEW_KEYS: Record<ImportKind, string[]> = {
  items: ["title", "categoryId", "genre", "createdOn"],
  requests: ["applicantName", "channel", "receivedOn", "description"],
};

export type PreviewRow = { row: number; ok: true; cells: string[] } | { row: number; ok: false; errors: RowError[] };
export type ImportPreview = { kind: ImportKind; fileName: string; hash: string; headers: string[]; rows: PreviewRow[]; okRows: number[] };
export type ImportResult = { kind: ImportKind; created: { row: number; id: string; label: string }[] };

/** The upload field of both steps; the hash and row list tie the confirmation to its preview. */
const file = z
  .instanceof(File, { message: "请选择要导入的 Excel 文件" })
  .refine((f) => f.size > 0, "请选择要导入的 Excel 文件")
  .refine((f) => f.size <= MAX_IMPORT_BYTES, `文件不能超过 ${MAX_IMPORT_LABEL}`);
export const importPreviewSchema = z.object({ file });
export const importConfirmSchema = z.object({
  file,
  hash: z.string({ error: "请先预览再确认导入" }).regex(/^[0-9a-f]{64}$/, "请先预览再确认导入"),
  okRows: z.string({ error: "请先预览再确认导入" }).regex(/^\d{1,7}(,\d{1,7})*$/, "预览中没有可导入的行"),
});

type Tx = Prisma.TransactionClient;

/** Per kind: the form's schema and the form's own write, run inside the import's transaction. */
type Spec<S extends z.ZodType> = {
  kind: ImportKind;
  /** The audit log's entity of the records it creates. */
  entity: string;
  schema: S;
  write: (tx: Tx, user: SessionUser & { orgId: string }, input: z.infer<S>) => Promise<{ id: string; label: string }>;
};

const ITEMS: Spec<typeof itemSchema> = {
  kind: "items",
  entity: "Item",
  schema: itemSchema,
  write: async (tx, user, input) => {
    const item = await insertItem(tx, user, input);
    return { id: item.id, label: item.indexNo };
  },
};

const REQUESTS: Spec<typeof intakeSchema> = {
  kind: "requests",
  entity: "DisclosureRequest",
  schema: intakeSchema,
  write: async (tx, user, input) => {
    const number = await nextRequestNumber(tx, user.orgId, Number(input.receivedOn.slice(0, 4)));
    const request = await writeIntake(tx, user, user.orgId, input, number, null);
    return { id: request.id, label: request.number };
  },
};

async function columnsFor(kind: ImportKind) {
  if (kind === "requests") return requestColumns();
  const categories = await listSelectableCategories();
  return itemColumns(Object.fromEntries(categories.filter((c) => !c.retired).map((c) => [c.id, c.name])));
}

/** The template to download, with the categories in use today in its 主题分类 list. */
export async function importTemplate(kind: ImportKind): Promise<Buffer> {
  return writeTemplate(kind, await columnsFor(kind));
}

/** The template as a download, under its Chinese file name. */
export async function templateResponse(kind: ImportKind): Promise<Response> {
  const name = `${IMPORT_KINDS[kind]}导入模板.xlsx`;
  return new Response(new Uint8Array(await importTemplate(kind)), {
    headers: {
      "Content-Type": XLSX.contentType,
      "Content-Disposition": `attachment; filename="${kind}-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function importer(user: SessionUser) {
  const orgId = user.orgId;
  if (!orgId) throw new DomainError("请使用所属机关的账号导入，数据将导入本机关。");
  return { ...user, orgId };
}

async function readFile<S extends z.ZodType>(spec: Spec<S>, upload: File) {
  const bytes = new Uint8Array(await upload.arrayBuffer());
  const hash = createHash("sha256").update(bytes).digest("hex");
  const columns = await columnsFor(spec.kind);
  return { hash, columns, rows: await readImportFile(bytes, spec.kind, columns, spec.schema) };
}

/** Step 1: every row checked, nothing written. */
export async function previewImport(user: SessionUser, kind: ImportKind, upload: File): Promise<ImportPreview> {
  importer(user);
  return kind === "items" ? preview(ITEMS, upload) : preview(REQUESTS, upload);
}

async function preview<S extends z.ZodType>(spec: Spec<S>, upload: File): Promise<ImportPreview> {
  const { hash, columns, rows } = await readFile(spec, upload);
  const shown = PREVIEW_KEYS[spec.kind].map((key) => columns.find((c) => c.key === key)!);
  return {
    kind: spec.kind,
    fileName: upload.name,
    hash,
    headers: shown.map((c) => c.header),
    rows: rows.map((r) => (r.ok ? { row: r.row, ok: true, cells: shown.map((c) => r.cells[c.key] ?? "") } : r)),
    okRows: rows.filter((r) => r.ok).map((r) => r.row),
  };
}

/** Step 2: the rows that passed the preview, all in one transaction, or nothing. */
export async function confirmImport(user: SessionUser, kind: ImportKind, upload: File, previewed: { hash: string; okRows: string }): Promise<ImportResult> {
  const owner = importer(user);
  return kind === "items" ? confirm(ITEMS, owner, upload, previewed) : confirm(REQUESTS, owner, upload, previewed);
}

async function confirm<S extends z.ZodType>(
  spec: Spec<S>,
  user: SessionUser & { orgId: string },
  upload: File,
  previewed: { hash: string; okRows: string },
): Promise<ImportResult> {
  const { hash, rows } = await readFile(spec, upload);
  if (hash !== previewed.hash) throw new DomainError("文件与预览时的不同，未导入任何数据。请重新上传并预览。");
  const good = rows.flatMap((r) => (r.ok ? [r] : []));
  if (good.map((r) => r.row).join(",") !== previewed.okRows)
    throw new DomainError("预览之后检查结果有变化（如主题分类已停用或日期已不合规），未导入任何数据。请重新预览。");
  const write = () =>
    db.$transaction(
      async (tx) => {
        const created: ImportResult["created"] = [];
        for (const r of good) created.push({ row: r.row, ...(await spec.write(tx, user, r.input)) });
        await audit(
          user,
          {
            action: `import.${spec.kind}`,
            entity: spec.entity,
            orgId: user.orgId,
            after: { fileName: upload.name, sha256: hash, rows: rows.length, created: created.length },
          },
          tx,
        );
        return created;
      },
      // One transaction for up to MAX_IMPORT_ROWS rows: well beyond Prisma's 5-second default.
      { timeout: 120_000, maxWait: 10_000 },
    );
  // A clerk saving a request at the same moment can take the number this import counted on (unique index).
  for (let attempt = 1; ; attempt++) {
    try {
      return { kind: spec.kind, created: await write() };
    } catch (error) {
      if (prismaErrorCode(error) !== "P2002" || attempt >= 3) throw error;
    }
  }
}
