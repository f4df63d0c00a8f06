import Link from "next/link";
import { notFound } from "next/navigation";
import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { chinaDateTime, todayInChina } from "@/lib/dates";
import { APPEAL_KINDS, APPEAL_RESULTS } from "@/lib/appeals/codes";
import { labelOf } from "@/lib/labels";
import {
  APPLICANT_TYPES,
  FEE_BASES,
  OBTAIN_METHODS,
  OUTCOMES,
  PROVISION_FORMS,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
} from "@/lib/requests/codes";
import { NOTICE_KINDS, noticeKindCodes } from "@/lib/notices/templates";
import { describeEvent, eventLabel } from "@/lib/requests/events";
import { ID_TYPES } from "@/lib/requests/identity";
import { requestDetail } from "@/lib/requests/queries";
import { proactiveSuggestionsFor } from "@/lib/requests/to-proactive";
import { DueSummary } from "../DueSummary";
import { ReplyFilesForm } from "./ReplyFilesForm";
import { ProactiveSuggestions } from "../ProactiveSuggestions";
import { StepForms } from "./StepForms";

export const metadata = { title: "办理申请" };

const yuan = (fen: number) => `${(fen / 100).toFixed(2)}元`;

/** Name–value pairs as a two-column list; an empty value shows as "—". */
function FieldList({ fields, className }: { fields: [string, string | null][]; className: string }) {
  return (
    <dl className={`grid gap-x-4 gap-y-2 sm:grid-cols-[10em_1fr] ${className}`}>
      {fields.map(([name, value]) => (
        <div key={name} className="contents">
          <dt className="font-medium">{name}</dt>
          <dd className="whitespace-pre-wrap break-words">{value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("request.handle");
  const detail = await requestDetail(user, (await params).id);
  if (!detail) notFound();
  const { request, clock, history, similar, allowedSteps } = detail;
  const suggestions = request.proactiveItemId ? [] : (await proactiveSuggestionsFor(request.orgId)).filter((s) => s.requests.some((r) => r.id === request.id));
  const person = request.applicantType === "natural_person";
  // What is asked for and by whom first; contact details and the rest folded below.
  const fields: [string, string | null][] = [
    ["所需信息", request.description],
    [person ? "申请人" : "申请单位", `${request.applicantName}（${labelOf(APPLICANT_TYPES, request.applicantType)}）`],
    ["用途", request.purpose],
    ["提供形式", labelOf(PROVISION_FORMS, request.provisionForm)],
    ["获取方式", labelOf(OBTAIN_METHODS, request.obtainMethod)],
    ["申请渠道", labelOf(REQUEST_CHANNELS, request.channel)],
    ["收到申请之日", request.receivedOn ?? `待确认（${todayInChina(request.submittedAt)} 提交）`],
  ];
  const more: [string, string | null][] = [
    ["受理机关", request.org.name],
    ...(person
      ? ([["证件", request.idType ? `${labelOf(ID_TYPES, request.idType)} ${request.idNumber ?? ""}` : null]] as [string, string | null][])
      : ([
          ["统一社会信用代码", request.orgCreditCode],
          ["法定代表人或负责人", request.legalRepresentative],
          ["联系人", request.contactName],
        ] as [string, string | null][])),
    ["联系电话", request.phone],
    ["电子邮箱", request.email],
    ["通信地址", request.address],
    ["邮政编码", request.postcode],
    ["提交时间", chinaDateTime(request.submittedAt)],
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">申请 {request.number}</h1>
        <Link href="/admin/requests" className="text-blue-800 underline">
          返回申请列表
        </Link>
      </div>
      <p className="text-lg">
        状态：<strong>{labelOf(REQUEST_STATUSES, request.status)}</strong>
        {request.outcome && `（${labelOf(OUTCOMES, request.outcome)}，${request.closedOn} 答复）`}
        <span className="ml-3">
          <DueSummary clock={clock} overdue={detail.overdue} daysLeft={detail.daysLeft} submittedAt={request.submittedAt} provisional={detail.provisional} />
        </span>
      </p>

      <section aria-labelledby="applicant-title">
        <h2 id="applicant-title" className="mb-2 text-xl font-bold">
          申请信息
        </h2>
        <FieldList fields={fields} className="rounded bg-white p-4 shadow-sm" />
        <details className="mt-2 rounded bg-white p-4 shadow-sm">
          <summary className="cursor-pointer font-medium">申请人联系方式及其他信息</summary>
          <FieldList fields={more} className="mt-2" />
        </details>
      </section>

      {similar.length > 0 && (
        <section aria-labelledby="similar-title" className="rounded border border-amber-300 bg-amber-50 p-3">
          <h2 id="similar-title" className="font-bold">
            可能是重复申请（仅供参考）
          </h2>
          <p className="text-sm">同一申请人此前向本机关提出过内容相近的申请。是否属于重复申请，由工作人员核实后决定。</p>
          <ul className="mt-1 list-disc pl-6">
            {similar.map((s) => (
              <li key={s.id}>
                <Link href={`/admin/requests/${s.id}`} className="text-blue-800 underline">
                  {s.number}
                </Link>
                （内容相似度 {Math.round(s.score * 100)}%，{labelOf(REQUEST_STATUSES, s.status)}
                {s.outcome && `：${labelOf(OUTCOMES, s.outcome)}`}）：{s.description}
              </li>
            ))}
          </ul>
        </section>
      )}

      {request.proactiveItemId && (
        <p role="note" className="rounded border border-sky-300 bg-sky-50 p-3">
          本申请所需信息已转为主动公开（条例第四十四条）：
          <Link href={`/admin/items/${request.proactiveItemId}`} className="text-blue-800 underline">
            查看信息
          </Link>
        </p>
      )}
      {suggestions.length > 0 && <ProactiveSuggestions suggestions={suggestions} />}

      {allowedSteps.length > 0 && (
        <section aria-labelledby="steps-title">
          <h2 id="steps-title" className="mb-2 text-xl font-bold">
            下一步办理
          </h2>
          <p className="mb-2 text-sm text-gray-700">只列出按条例现在可以办理的事项；点开一项填写。</p>
          <StepForms
            requestId={request.id}
            version={request.version}
            today={todayInChina()}
            allowed={allowedSteps}
            unpaidFees={request.fees.filter((f) => !f.paidOn).map((f) => ({ id: f.id, label: `${f.noticeOn} 通知 ${yuan(f.amountFen)}` }))}
          />
        </section>
      )}

      <section aria-labelledby="notices-title">
        <h2 id="notices-title" className="mb-2 text-xl font-bold">
          文书
        </h2>
        <p className="mb-2 text-sm text-gray-700">按模板生成，发出前可修改；发出的文本记入办理记录，可打印或下载 DOCX。</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {noticeKindCodes.map((kind) => (
            <li key={kind}>
              <Link href={`/admin/requests/${request.id}/notices/${kind}`} className="text-blue-800 underline">
                {NOTICE_KINDS[kind]}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="clock-title">
        <h2 id="clock-title" className="mb-2 text-xl font-bold">
          期限计算说明
        </h2>
        {clock.steps.length === 0 ? (
          <p>尚未确认收到申请，答复期限自确认收到之日起计算。</p>
        ) : (
          <ol className="list-decimal space-y-1 rounded bg-white p-4 pl-10 shadow-sm">
            {clock.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        )}
        {clock.correctionNoticeDueOn && !history.some((e) => e.kind === "correction_sent") && request.status !== "closed" && (
          <p className="mt-2 text-sm text-gray-700">如需补正，补正通知应于 {clock.correctionNoticeDueOn} 前发出（收到申请之日起7个工作日）。</p>
        )}
        {clock.problems.length > 0 && (
          <ul className="mt-2 list-disc pl-6 text-red-800">
            {clock.problems.map((p, i) => (
              <li key={i}>办理记录有误，已忽略：{p}</li>
            ))}
          </ul>
        )}
      </section>


      {request.replyText && (
        <section aria-labelledby="reply-title">
          <h2 id="reply-title" className="mb-2 text-xl font-bold">
            答复书
          </h2>
          <p className="whitespace-pre-wrap rounded bg-white p-4 shadow-sm">{request.replyText}</p>
        </section>
      )}

      <section aria-labelledby="files-title">
        <h2 id="files-title" className="mb-2 text-xl font-bold">
          申请文件
        </h2>
        {request.attachments.length === 0 ? (
          <p className="text-gray-700">没有文件。申请人在线补正的材料和答复文件显示在这里。</p>
        ) : (
          <ul className="mb-2 list-disc pl-6">
            {request.attachments.map((file) => (
              <li key={file.id}>
                {file.kind === "reply" ? "答复文件" : "补正材料"}：
                <a href={`/request-files/${file.id}`} className="text-blue-800 underline">
                  {file.fileName}
                </a>
                <span className="ml-2 text-sm text-gray-700">{chinaDateTime(file.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
        {request.status === "closed" && <ReplyFilesForm requestId={request.id} />}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title" className="mb-2 text-xl font-bold">
          办理记录
        </h2>
        <Table
          caption="办理记录"
          headers={["日期", "事项", "内容", "经办人", "登记时间"]}
          rows={history.map((e) => [
            e.on,
            eventLabel(e.kind),
            describeEvent(e.kind, e.detail),
            e.actor,
            e.createdAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" }),
          ])}
        />
      </section>

      {request.fees.length > 0 && (
        <section aria-labelledby="fees-title">
          <h2 id="fees-title" className="mb-2 text-xl font-bold">
            信息处理费
          </h2>
          <Table
            caption="信息处理费"
            headers={["计收方式", "金额", "通知日期", "缴费日期"]}
            rows={request.fees.map((f) => [labelOf(FEE_BASES, f.basis), yuan(f.amountFen), f.noticeOn, f.paidOn ?? "未缴纳"])}
          />
        </section>
      )}

      <section aria-labelledby="appeals-title">
        <h2 id="appeals-title" className="mb-2 text-xl font-bold">
          复议诉讼
        </h2>
        {request.appeals.length === 0 ? (
          <p>没有相关的行政复议或行政诉讼。</p>
        ) : (
          <ul className="list-disc pl-6">
            {request.appeals.map((a) => (
              <li key={a.id}>
                <Link href={`/admin/appeals/${a.id}`} className="text-blue-800 underline">
                  {a.number}
                </Link>
                ：{labelOf(APPEAL_KINDS, a.kind)}，{a.filedOn} 立案，
                {a.closedOn ? `${a.closedOn} 审结（${labelOf(APPEAL_RESULTS, a.result)}）` : "尚未审结"}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2">
          <Link href={`/admin/appeals/new?request=${encodeURIComponent(request.number)}`} className="text-blue-800 underline">
            登记与本申请相关的复议诉讼
          </Link>
        </p>
      </section>

    </div>
  );
}
