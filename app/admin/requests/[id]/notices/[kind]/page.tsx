import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { todayInChina } from "@/lib/dates";
import { isCode } from "@/lib/labels";
import { readChoices } from "@/lib/notices/facts";
import { LETTER_CODES, replyLetter } from "@/lib/notices/legal";
import { requestNotice } from "@/lib/notices/queries";
import { NOTICE_KINDS } from "@/lib/notices/templates";
import { OUTCOMES } from "@/lib/requests/codes";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form";
import { FeeCalculator } from "./FeeCalculator";
import { NoticeEditor } from "./NoticeEditor";

export const metadata = { title: "文书" };

const letterLabel = (code: (typeof LETTER_CODES)[number]) =>
  code === "not_ours" ? "无法提供：不属于本机关负责公开（非本机关政府信息）" : OUTCOMES[code];

type Query = Record<string, string | undefined>;

export default async function NoticePage({ params, searchParams }: { params: Promise<{ id: string; kind: string }>; searchParams: Promise<Query> }) {
  const user = await requirePage("request.handle");
  const { id, kind } = await params;
  const search = await searchParams;
  if (!isCode(NOTICE_KINDS, kind)) notFound();
  const choices = readChoices(search);
  const notice = await requestNotice(user, id, kind, choices);
  if (!notice) notFound();
  const { request, draft, sent, facts } = notice;
  // The print and DOCX links carry the same choices, so they show what the editor shows.
  const picked = Object.entries({ letter: search.letter, basis: search.basis, units: search.units, before: search.before }).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string",
  );
  const query = picked.map(([k, v]) => `&${k}=${encodeURIComponent(v)}`).join("");
  const editorKey = query;
  const exportUrl = (format: string) => `/api/admin/requests/${request.id}/notices/${kind}?format=${format}${query}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">
          {draft.title}（申请 {request.number}）
        </h1>
        <Link href={`/admin/requests/${request.id}`} className="text-blue-800 underline">
          返回申请
        </Link>
      </div>

      {kind === "reply" && (
        <form className="flex flex-wrap items-end gap-2 rounded bg-white p-4 shadow-sm">
          <label className="min-w-0 flex-1">
            <span className="mb-1 block font-medium">答复类型</span>
            <select name="letter" defaultValue={facts.reply?.letter ?? "disclosed"} className={inputClass}>
              {LETTER_CODES.map((code) => (
                <option key={code} value={code}>
                  {letterLabel(code)}（{replyLetter(code).title}，条例{replyLetter(code).basis}）
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={secondaryButtonClass}>
            换用此模板
          </button>
        </form>
      )}

      {kind === "fee" && <FeeCalculator quote={choices.quote ?? null} earlierThisMonth={notice.earlierThisMonth} recorded={request.events.some((e) => e.kind === "fee_notice")} />}

      <p className="flex flex-wrap gap-3">
        <a href={exportUrl("html")} target="_blank" rel="noopener" className={buttonClass}>
          打印
        </a>
        <a href={exportUrl("docx")} className={secondaryButtonClass}>
          下载 DOCX
        </a>
        <span className="self-center text-sm text-gray-700">{sent.length > 0 ? "打印和下载的是最近一次发出的文本。" : "尚未发出：打印和下载的是模板文本。"}</span>
      </p>

      <section aria-labelledby="edit-title">
        <h2 id="edit-title" className="mb-2 text-xl font-bold">
          编辑并发出
        </h2>
        <NoticeEditor key={editorKey} requestId={request.id} version={request.version} kind={kind} draft={draft} today={todayInChina()} />
      </section>

      {sent.length > 0 && (
        <section aria-labelledby="sent-title">
          <h2 id="sent-title" className="mb-2 text-xl font-bold">
            已发出的文书
          </h2>
          {sent.map((s, i) => (
            <article key={i} className="mb-3 rounded bg-white p-4 shadow-sm">
              <h3 className="font-bold">
                {s.on} 发出：{s.title}
              </h3>
              <p className="whitespace-pre-wrap">{s.text}</p>
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
