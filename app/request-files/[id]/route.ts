import { currentUser } from "@/lib/auth/session";
import { rateLimitedIp } from "@/lib/client-ip";
import { fileDownload } from "@/lib/files/download";
import { trackSchema } from "@/lib/requests/schemas";
import { applicantFile, staffFile } from "@/lib/requests/self-service";
import { publicRoute } from "@/lib/route";

// A file of a request (the applicant's 补正, the office's reply): GET for the staff of its body, POST with the
// number and 查询码 for the applicant (/track). Always a download, as app/attachments/[id] serves item files.

const notFound = () => new Response("文件不存在或无权下载。", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

function download(file: { fileName: string; contentType: string; bytes: Buffer } | null) {
  return file ? fileDownload(file, "private") : notFound();
}

export const GET = publicRoute<{ id: string }>(async (_request, { id }) => {
  const user = await currentUser();
  return download(user && (await staffFile(user, id)));
});

export const POST = publicRoute<{ id: string }>(async (request, { id }) => {
  const form = trackSchema.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  if (!form.success) return notFound();
  return download(await applicantFile({ ...form.data, fileId: id }, await rateLimitedIp()));
});
