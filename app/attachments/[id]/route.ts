import { currentUser } from "@/lib/auth/session";
import { readAttachment } from "@/lib/items/attachments";
import { attachmentDisposition } from "@/lib/items/file-type";
import { publicRoute } from "@/lib/route";

/**
 * Downloads an attachment. Always as a download (never rendered inline), with the content type of the type
 * detected at upload and nosniff, so an uploaded file can never run as a page of this site.
 */
export const GET = publicRoute<{ id: string }>(async (_request, { id }) => {
  const file = await readAttachment(await currentUser(), id);
  if (!file) return new Response("附件不存在或无权下载。", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": file.isPublic ? "public, max-age=300" : "private, no-store",
    },
  });
});
