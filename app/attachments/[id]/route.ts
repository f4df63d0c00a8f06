import { currentUser } from "@/lib/auth/session";
import { fileDownload } from "@/lib/files/download";
import { readAttachment } from "@/lib/items/attachments";
import { publicRoute } from "@/lib/route";

/** Downloads an item's attachment: public once the item is published proactively, else for its body's staff. */
export const GET = publicRoute<{ id: string }>(async (_request, { id }) => {
  const file = await readAttachment(await currentUser(), id);
  if (!file) return new Response("附件不存在或无权下载。", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return fileDownload(file, file.isPublic ? "public" : "private");
});
