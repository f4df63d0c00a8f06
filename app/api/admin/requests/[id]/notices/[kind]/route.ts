import { isCode } from "@/lib/labels";
import { NotFoundError } from "@/lib/errors";
import { DOCX } from "@/lib/office-formats";
import { writeNoticeDocx, writeNoticeHtml } from "@/lib/notices/export";
import { readChoices } from "@/lib/notices/facts";
import { requestNotice } from "@/lib/notices/queries";
import { NOTICE_KINDS } from "@/lib/notices/templates";
import { apiRoute } from "@/lib/route";

// A request's notice to print (?format=html) or download (?format=docx): the latest copy sent, else the template
// filled from the records (?letter= picks the 答复书 of an outcome).

export const GET = apiRoute<{ id: string; kind: string }>("request.handle", async (request, user, { id, kind }) => {
  const search = new URL(request.url).searchParams;
  if (!isCode(NOTICE_KINDS, kind)) throw new NotFoundError();
  const notice = await requestNotice(user, id, kind, readChoices(Object.fromEntries(search)));
  if (!notice) throw new NotFoundError();
  const text = notice.sent[0] ?? notice.draft;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (search.get("format") === "docx") {
    const name = `${text.title}-${notice.request.number}.docx`;
    return new Response(new Uint8Array(await writeNoticeDocx(text)), {
      headers: { ...headers, "Content-Type": DOCX.contentType, "Content-Disposition": `attachment; filename="notice-${kind}.docx"; filename*=UTF-8''${encodeURIComponent(name)}` },
    });
  }
  return new Response(writeNoticeHtml(text), { headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
});
