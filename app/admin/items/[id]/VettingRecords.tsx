import { formatChinaTime } from "@/lib/dates";
import { labelOf } from "@/lib/labels";
import { FINDING_KINDS, sourceLabel } from "@/lib/items/vetting/kinds";
import type { VettingRecord } from "@/lib/items/vetting/review";

/** The 保密审查 records kept with the item: who approved, when, what was checked and how each finding was settled. */
export function VettingRecords({ records }: { records: VettingRecord[] }) {
  return (
    <section aria-labelledby="vetting" className="space-y-2">
      <h2 id="vetting" className="text-lg font-bold">
        保密审查记录
      </h2>
      {records.map((r) => (
        <div key={r.id} className="space-y-1 rounded border border-gray-300 bg-white p-3 text-sm">
          <p>
            审核人 {r.reviewer}，{formatChinaTime(r.checkedAt)}
            {r.selfApproved && <strong>（本人起草并审核：平台允许一人科室自审）</strong>}
            {r.publishedOn && `；公开日期 ${r.publishedOn}`}
            {r.publishedOnReason && `（理由：${r.publishedOnReason}）`}
          </p>
          <p>已检查：{r.sources.map((s) => (s.chars === null ? `${sourceLabel(s)}（${s.note}）` : sourceLabel(s))).join("、")}</p>
          {r.findings.length === 0 ? (
            <p>未发现问题。</p>
          ) : (
            <ul className="list-disc pl-5">
              {r.findings.map((f) => (
                <li key={f.key}>
                  {labelOf(FINDING_KINDS, f.kind)} {f.preview}（{sourceLabel(f)}）：经确认可以公开，理由：{f.confirmation}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
