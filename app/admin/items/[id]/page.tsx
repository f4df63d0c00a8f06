import Link from "next/link";
import { RequestNumberLinks } from "@/components/requests/RequestNumberLinks";
import { notFound } from "next/navigation";
import { AttachmentList } from "@/components/items/AttachmentList";
import { ItemMetadata } from "@/components/items/ItemMetadata";
import { PublicationFlagBadge, StatusBadge } from "@/components/items/StatusBadge";
import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { loadCalendar } from "@/lib/calendar/queries";
import { todayInChina } from "@/lib/dates";
import { listSelectableCategories } from "@/lib/items/categories";
import { DISCLOSURES, ITEM_STEP_DONE, POLICY_GENRES } from "@/lib/items/codes";
import { interpretationLinks } from "@/lib/items/interpretations";
import { requestsTurnedInto } from "@/lib/requests/to-proactive";
import { isCode, labelOf } from "@/lib/labels";
import { publicationFlag } from "@/lib/items/deadline";
import { sameDocNo } from "@/lib/items/doc-no";
import { canDiscardItem, canEditItem, canManagePublishedItem, canReviewItem, canSubmitItem } from "@/lib/items/policy";
import { getAdminItem, itemHistory } from "@/lib/items/queries";
import { WITHDRAWAL_CAUSES } from "@/lib/items/vetting/kinds";
import { listVettings, scanItem } from "@/lib/items/vetting/review";
import { ItemForm } from "../ItemForm";
import { AttachmentForm, RemoveAttachmentButton } from "./AttachmentForm";
import { InterpretationForm } from "./InterpretationForm";
import { ItemActions } from "./ItemActions";
import { VettingRecords } from "./VettingRecords";

export const metadata = { title: "政府信息" };

const ACTIONS: Record<string, string> = {
  "item.create": "登记",
  "item.update": "修改",
  "item.submit": "提交审核",
  "item.publish": "审核发布",
  "item.return": "退回",
  "item.withdraw": "撤回",
  "item.discard": "作废草稿",
  "item.validity": "标记废止/失效",
  "item.attach": "上传附件",
  "item.detach": "删除附件",
  "item.interpretation": "关联政策解读",
};

function ItemLinks({ label, items }: { label: string; items: { id: string; title: string; indexNo: string; status: string }[] }) {
  return (
    <div>
      <p className="font-medium">{label}：</p>
      <ul className="list-disc pl-6">
        {items.map((i) => (
          <li key={i.id}>
            <Link href={`/admin/items/${i.id}`} className="text-blue-800 underline">
              {i.title}
            </Link>
            （索引号 {i.indexNo}，<StatusBadge status={i.status} />）
          </li>
        ))}
      </ul>
    </div>
  );
}

export default async function ItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const user = await requirePage("item.edit");
  const item = await getAdminItem(user, (await params).id);
  const { done } = await searchParams;
  const notice = done && isCode(ITEM_STEP_DONE, done) ? ITEM_STEP_DONE[done] : null;
  if (!item) notFound();
  const editable = canEditItem(user, item);
  const allowed = {
    submit: canSubmitItem(user, item),
    discard: canDiscardItem(user, item),
    review: canReviewItem(user, item),
    managePublished: canManagePublishedItem(user, item),
  };
  const [categories, history, calendar, twins, vettings, scan, links, fromRequests] = await Promise.all([
    listSelectableCategories(item.categoryId),
    itemHistory(item.id),
    loadCalendar(),
    sameDocNo(item),
    listVettings(item.id),
    allowed.review ? scanItem(item) : null,
    interpretationLinks(item.id),
    requestsTurnedInto(item.id),
  ]);
  const isPolicy = (POLICY_GENRES as readonly string[]).includes(item.genre);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/items" className="text-blue-800 underline">
          返回列表
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{item.title}</h1>
      {notice && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-2 text-green-900">
          {notice}
        </p>
      )}
      <p className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={item.status} />
        <PublicationFlagBadge flag={publicationFlag(item, todayInChina(), calendar)} />
        <span>索引号 {item.indexNo}</span>
        <span>· {labelOf(DISCLOSURES, item.disclosure)}</span>
        <span>· 第 {item.version} 版</span>
        {item.status === "published" && item.disclosure === "proactive" && (
          <Link href={`/items/${item.id}`} className="text-blue-800 underline">
            查看公开页面
          </Link>
        )}
      </p>
      {twins.length > 0 && (
        <div role="note" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3">
          <p>
            <strong>文号重复：</strong>本机关已有 {twins.length} 条信息使用文号“{item.docNo}”，请核对是否填错：
          </p>
          <ul className="list-disc pl-6">
            {twins.map((t) => (
              <li key={t.id}>
                <Link href={`/admin/items/${t.id}`} className="text-blue-800 underline">
                  {t.title}
                </Link>
                （索引号 {t.indexNo}）
              </li>
            ))}
          </ul>
        </div>
      )}
      {fromRequests.length > 0 && (
        <p role="note" className="mb-4 rounded border border-sky-300 bg-sky-50 p-3">
          依申请转主动公开（条例第四十四条），来自申请：
          <RequestNumberLinks requests={fromRequests} />
        </p>
      )}
      {item.status === "draft" && item.reviewComment && (
        <p role="note" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3">
          <strong>退回意见：</strong>
          {item.reviewComment}
        </p>
      )}
      {item.status === "withdrawn" && item.withdrawnReason && (
        <p className="mb-4 rounded border border-red-300 bg-red-50 p-3">
          <strong>撤回理由：</strong>
          {item.withdrawnCause && `（${labelOf(WITHDRAWAL_CAUSES, item.withdrawnCause)}）`}
          {item.withdrawnReason}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0 space-y-6">
          {editable ? (
            <section aria-labelledby="edit">
              <h2 id="edit" className="mb-2 text-lg font-bold">
                {item.status === "published" ? "更正已发布信息" : "编辑"}
              </h2>
              <ItemForm item={item} categories={categories} orgName={item.org.name} />
            </section>
          ) : (
            <section aria-labelledby="details" className="space-y-3">
              <h2 id="details" className="text-lg font-bold">
                信息内容
              </h2>
              <ItemMetadata item={item} />
              <p className="whitespace-pre-wrap rounded bg-white p-3 shadow-sm">{item.body || "（无正文）"}</p>
            </section>
          )}
          <section aria-labelledby="attachments" className="space-y-2">
            <h2 id="attachments" className="text-lg font-bold">
              附件
            </h2>
            <AttachmentList
              attachments={item.attachments}
              action={item.status === "draft" && editable ? (a) => <RemoveAttachmentButton id={a.id} fileName={a.fileName} /> : undefined}
            />
            {editable && <AttachmentForm itemId={item.id} />}
          </section>
          {vettings.length > 0 && <VettingRecords records={vettings} />}
          <section aria-labelledby="interpretation" className="space-y-2">
            <h2 id="interpretation" className="text-lg font-bold">
              政策解读
            </h2>
            {isPolicy &&
              (links.interpretedBy.length > 0 ? (
                <ItemLinks label="本文件的解读" items={links.interpretedBy} />
              ) : (
                <p role="note" className="rounded border border-amber-400 bg-amber-50 p-2">
                  本文件尚无解读。规章和行政规范性文件应与其解读同步发布（三同步）。
                </p>
              ))}
            {links.interprets.length > 0 && <ItemLinks label="本信息解读的政策文件" items={links.interprets} />}
            {!isPolicy && editable && <InterpretationForm itemId={item.id} indexNos={links.interprets.map((p) => p.indexNo)} />}
          </section>
          <section aria-labelledby="history">
            <h2 id="history" className="mb-2 text-lg font-bold">
              办理记录
            </h2>
            <Table
              caption="办理记录"
              headers={["时间", "操作人", "操作", "意见/说明"]}
              rows={history.map((h) => [
                h.at.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }),
                h.actor ?? "—",
                labelOf(ACTIONS, h.action),
                h.note ?? "",
              ])}
            />
          </section>
        </div>
        {Object.values(allowed).some(Boolean) && <ItemActions id={item.id} version={item.version} allowed={allowed} scan={scan} today={todayInChina()} />}
      </div>
    </>
  );
}
