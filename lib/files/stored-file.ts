import "server-only";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { ATTACHMENT_TYPES, ATTACHMENT_TYPES_LABEL, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_LABEL, detectFileType, safeFileName } from "@/lib/items/file-type";

// Uploaded files (an item's attachments, a request's 补正 and reply files) live under UPLOAD_DIR (outside public/,
// never served statically) under random names; the name the user gave is only metadata. They are served by route
// handlers after a permission check.
const uploadDir = () => path.resolve(env.UPLOAD_DIR);

const fileError = (message: string) => new DomainError(message, { file: [message] });

/** The columns every stored-file row has (Attachment, RequestAttachment). */
export type StoredFile = { fileName: string; contentType: string; size: number; sha256: string; storagePath: string };

/** Checks one uploaded file (size, type by its content) and writes it under a new random name. */
async function writeUpload(file: File): Promise<StoredFile> {
  if (file.size === 0) throw fileError("请选择要上传的文件");
  if (file.size > MAX_ATTACHMENT_BYTES) throw fileError(`文件不能超过 ${MAX_ATTACHMENT_LABEL}`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectFileType(bytes);
  if (!type) throw fileError(`文件 ${file.name} 的类型不允许，只能上传 ${ATTACHMENT_TYPES_LABEL}`);
  const storagePath = randomUUID();
  await fs.mkdir(uploadDir(), { recursive: true });
  await fs.writeFile(path.join(uploadDir(), storagePath), bytes, { flag: "wx", mode: 0o640 });
  return {
    fileName: safeFileName(file.name, type),
    contentType: ATTACHMENT_TYPES[type].contentType,
    size: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    storagePath,
  };
}

/**
 * Checks and writes the uploaded files, then runs `record` (which writes their rows, in a transaction). Nothing is
 * kept when anything fails: files already written are removed again.
 */
export async function storeUploads<T>(files: File[], record: (stored: StoredFile[]) => Promise<T>): Promise<T> {
  const stored: StoredFile[] = [];
  try {
    for (const file of files) stored.push(await writeUpload(file));
    return await record(stored);
  } catch (error) {
    await Promise.all(stored.map((s) => removeStored(s.storagePath)));
    throw error;
  }
}

/** The bytes of a stored file (only its base name is used, whatever the row says). */
export function readStored(storagePath: string) {
  return fs.readFile(path.join(uploadDir(), path.basename(storagePath)));
}

export function removeStored(storagePath: string) {
  return fs.rm(path.join(uploadDir(), path.basename(storagePath)), { force: true });
}
