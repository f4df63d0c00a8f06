import { inputClass, secondaryButtonClass } from "@/components/ui/form";
import { FEE_BASES } from "@/lib/requests/codes";
import { FEE_RULES, describeQuote, type FeeQuote } from "@/lib/requests/fee-rules";

/** 国办函〔2020〕109号's calculator: a GET form, so the notice below is filled with its result. */
export function FeeCalculator({ quote, earlierThisMonth, recorded }: { quote: FeeQuote | null; earlierThisMonth: number; recorded: boolean }) {
  return (
    <section aria-labelledby="fee-calc-title" className="rounded bg-white p-4 shadow-sm">
      <h2 id="fee-calc-title" className="mb-2 text-xl font-bold">
        信息处理费计算
      </h2>
      <p className="mb-2 text-sm text-gray-700">
        按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）超额累进计算；每件申请只能选择一种计收方式。按件：同一申请人一个自然月内累计10件以下免费，11—30件100元/件，31件起每10件一档、每档提高100元/件；按量：30页以下免费，31—100页10元/页，101—200页20元/页，201页以上40元/页。
      </p>
      <form className="grid gap-3 sm:grid-cols-4 sm:items-end">
        <label>
          <span className="mb-1 block font-medium">计收方式</span>
          <select name="basis" defaultValue={quote?.basis ?? "per_item"} className={inputClass}>
            {Object.entries(FEE_BASES).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="mb-1 block font-medium">本件申请的件数或页数</span>
          <input name="units" type="number" min={0} max={100000} defaultValue={quote?.units ?? 1} className={inputClass} />
        </label>
        <label>
          <span className="mb-1 block font-medium">本月此前已申请件数（按件）</span>
          <input name="before" type="number" min={0} max={100000} defaultValue={quote?.basis === "per_item" ? quote.before : earlierThisMonth} className={inputClass} />
        </label>
        <button type="submit" className={secondaryButtonClass}>
          计算
        </button>
      </form>
      <p className="mt-1 text-sm text-gray-700">系统查到该申请人本月此前向本机关提出的申请 {earlierThisMonth} 件（按申请件计，拆分计件的请自行调整）。</p>
      {quote && (
        <div role="status" className="mt-3">
          <ul className="list-disc pl-6">
            {describeQuote(quote).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="font-bold">
            应收金额：{(quote.fen / 100).toFixed(2)}元（{quote.units}
            {FEE_RULES[quote.basis].unit}）
          </p>
          {recorded && <p className="text-sm text-gray-700">本申请已登记收费通知，文书按登记的金额填写。</p>}
        </div>
      )}
    </section>
  );
}
