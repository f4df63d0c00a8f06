import { axisMax, type Chart } from "@/lib/dashboard-charts/series";

// A stacked bar chart drawn as SVG on the server: no script, no chart library. The picture is one labelled image
// for screen readers (a one-sentence summary); the figures themselves are in the table beneath it.

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; grey last. */
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#6B7280", "#000000"];
const W = 640;
const H = 240;
const LEFT = 40;
const BOTTOM = 24;
const TOP = 8;

export function StackedBarChart({ id, title, unit, chart }: { id: string; title: string; unit: string; chart: Chart }) {
  const totals = chart.categories.map((_, i) => chart.series.reduce((sum, s) => sum + s.values[i], 0));
  const grand = totals.reduce((a, b) => a + b, 0);
  const largest = Math.max(0, ...totals);
  const { max, step } = axisMax(largest);
  const plotH = H - TOP - BOTTOM;
  const slot = (W - LEFT) / chart.categories.length;
  const barW = Math.min(36, slot * 0.7);
  const y = (value: number) => TOP + plotH - (value / max) * plotH;
  const peak = totals.indexOf(largest);
  const summary =
    grand === 0 ? "没有数据。" : `共 ${grand} ${unit}，最多的是${chart.categories[peak]}（${largest} ${unit}）。分项数字见下方数据表。`;

  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-2 rounded bg-white p-4 shadow-sm">
      <h2 id={`${id}-title`} className="text-lg font-bold">
        {title}
      </h2>
      {grand === 0 ? (
        <p className="text-gray-700">该期间没有记录。</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
            <desc id={`${id}-desc`}>{summary}</desc>
            {Array.from({ length: max / step + 1 }, (_, i) => i * step).map((tick) => (
              <g key={tick}>
                <line x1={LEFT} x2={W} y1={y(tick)} y2={y(tick)} stroke="#D1D5DB" />
                <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize="12" fill="#374151">
                  {tick}
                </text>
              </g>
            ))}
            {chart.categories.map((category, i) => {
              const x = LEFT + slot * i + (slot - barW) / 2;
              let base = 0;
              return (
                <g key={category}>
                  {chart.series.map((s, j) => {
                    const value = s.values[i];
                    if (value === 0) return null;
                    const top = y(base + value);
                    const height = y(base) - top;
                    base += value;
                    return (
                      <rect key={s.name} x={x} y={top} width={barW} height={height} fill={COLOURS[j % COLOURS.length]}>
                        <title>{`${category} ${s.name}：${value}`}</title>
                      </rect>
                    );
                  })}
                  <text x={x + barW / 2} y={H - 6} textAnchor="middle" fontSize="12" fill="#374151">
                    {category}
                  </text>
                </g>
              );
            })}
          </svg>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="图例">
            {chart.series.map((s, j) => (
              <li key={s.name} className="flex items-center gap-1">
                <span aria-hidden="true" className="inline-block h-3 w-3" style={{ backgroundColor: COLOURS[j % COLOURS.length] }} />
                {s.name}
              </li>
            ))}
          </ul>
          <details>
            <summary className="cursor-pointer text-brand underline">查看数据表</summary>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">{`${title}（单位：${unit}）`}</caption>
                <thead className="bg-gray-100">
                  <tr>
                    <th scope="col" className="px-2 py-1">
                      项目
                    </th>
                    {chart.categories.map((c) => (
                      <th key={c} scope="col" className="px-2 py-1 text-right">
                        {c}
                      </th>
                    ))}
                    <th scope="col" className="px-2 py-1 text-right">
                      合计
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {chart.series.map((s) => (
                    <tr key={s.name} className="border-b border-gray-200">
                      <th scope="row" className="px-2 py-1 font-medium">
                        {s.name}
                      </th>
                      {s.values.map((v, i) => (
                        <td key={i} className="px-2 py-1 text-right tabular-nums">
                          {v}
                        </td>
                      ))}
                      <td className="px-2 py-1 text-right tabular-nums">{s.values.reduce((a, b) => a + b, 0)}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row" className="px-2 py-1 font-bold">
                      合计
                    </th>
                    {totals.map((t, i) => (
                      <td key={i} className="px-2 py-1 text-right font-bold tabular-nums">
                        {t}
                      </td>
                    ))}
                    <td className="px-2 py-1 text-right font-bold tabular-nums">{grand}</td>
                  </tr>
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}
