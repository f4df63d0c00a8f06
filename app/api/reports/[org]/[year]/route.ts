import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import { draftForUser } from "@/lib/report/admin";
import { draftDocument, loadPublished, publishedDocument } from "@/lib/report/document";
import { EXPORT_FORMAT_CODES, EXPORT_FORMATS, exportFileName, writeExport } from "@/lib/report/export";
import { reportYear } from "@/lib/report/formats";
import { publicRoute } from "@/lib/route";

// Downloads of a report: ?format=docx|xlsx|html|csv|json and ?version=<n> (a published version; the latest when
// absent) or ?version=draft (the current draft: only the organisation's own supervisors).

const query = z.object({
  format: z.enum(EXPORT_FORMAT_CODES).default("html"),
  version: z.union([z.literal("draft"), z.coerce.number().int().positive()]).optional(),
});

const notFound = () => new Response("未找到该报告。", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export const GET = publicRoute<{ org: string; year: string }>(async (request, { org, year: rawYear }) => {
  const year = reportYear.safeParse(rawYear);
  const options = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!year.success || !options.success) {
    return new Response("参数无效：format 可选 docx、xlsx、html、csv、json；version 为版本号或 draft。", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { format, version } = options.data;
  let doc;
  if (version === "draft") {
    const draft = await draftForUser(await currentUser(), org, year.data);
    if (!draft) return notFound();
    doc = draftDocument(draft);
  } else {
    const frozen = await loadPublished(org, year.data, version);
    if (!frozen) return notFound();
    doc = publishedDocument(frozen);
  }
  const body = await writeExport(doc, format);
  const name = exportFileName(doc, format);
  // The print page opens in the browser; the other formats download, under their Chinese file name.
  const disposition = format === "html" ? "inline" : "attachment";
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": EXPORT_FORMATS[format].contentType,
      "Content-Disposition": `${disposition}; filename="report-${org}-${year.data}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      // A numbered version never changes; "latest" changes on republication; a draft is private.
      "Cache-Control": version === "draft" ? "private, no-store" : version ? "public, max-age=86400, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
