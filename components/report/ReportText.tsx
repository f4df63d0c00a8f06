import { plainText, segments, type FigureData } from "@/lib/report/text";

/**
 * One prose part, paragraph by paragraph. With `data`, every figure is compared with the data: a figure that
 * no longer matches is marked (and read out as such); the others carry their data path as a tooltip.
 */
export function ReportText({ template, data }: { template: string; data?: FigureData }) {
  const paragraphs = template.split(/\n+/).filter((p) => p.trim());
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i} className="mb-2 indent-8 leading-8">
          {data
            ? segments(paragraph, data).map((s, j) =>
                s.kind === "text" ? (
                  s.text
                ) : s.stale ? (
                  <mark key={j} className="bg-red-100 px-0.5 font-bold text-red-900" title={`数据为 ${s.current ?? "（无此数据）"}`}>
                    {s.written}
                    <span className="sr-only">（与数据不符，数据为 {s.current ?? "无此数据"}）</span>
                  </mark>
                ) : (
                  <span key={j} className="underline decoration-dotted" title={s.path}>
                    {s.written}
                  </span>
                ),
              )
            : plainText(paragraph)}
        </p>
      ))}
    </>
  );
}
