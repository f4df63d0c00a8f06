import { attachmentDisposition } from "@/lib/items/file-type";

/**
 * A stored upload as an HTTP download: never rendered inline, with the content type detected at upload and nosniff,
 * so an uploaded file can never run as a page of this site. `cache`: only public files may be kept by caches.
 */
export function fileDownload(file: { fileName: string; contentType: string; bytes: Buffer }, cache: "public" | "private") {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": cache === "public" ? "public, max-age=300" : "private, no-store",
    },
  });
}
