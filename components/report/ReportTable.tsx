import Link from "next/link";
import { cellValue, formatCell, type LayoutCell, type ReportTables, type TableLayout } from "@/lib/report/layout";

type Props = {
  table: TableLayout;
  values: ReportTables;
  /** Prefix for header ids, so two copies of a table on one page keep unique ids. */
  idPrefix?: string;
  /** Where a non-zero cell links to (the records behind it); null for no link. */
  cellHref?: (cell: string) => string | null;
  /** Cells to mark (a failed check, a drift, a change to explain), with the reason read out to screen readers. */
  marks?: Map<string, CellMark>;
};

export type CellMark = { reason: string; tone: "error" | "warning" };

const MARK_STYLE = {
  error: "bg-red-100 font-bold text-red-900 outline-2 outline-red-700",
  warning: "bg-amber-100 font-bold text-amber-900 outline-2 outline-amber-600",
};

const border = "border border-gray-500 px-1.5 py-1";

/** Draws any of tables 二、三、四 from its layout model: merged headers, row groups, header associations. */
export function ReportTable({ table, values, idPrefix = "", cellHref, marks }: Props) {
  const id = (raw: string) => `${idPrefix}${raw}`;
  const render = (cell: LayoutCell, key: number) => {
    if (cell.kind === "note") {
      return (
        <td key={key} rowSpan={cell.rowSpan} colSpan={cell.colSpan} className={`${border} text-xs text-gray-800`}>
          {cell.text}
        </td>
      );
    }
    if (cell.kind === "header") {
      return (
        <th
          key={key}
          id={id(cell.id)}
          scope={cell.scope}
          rowSpan={cell.rowSpan}
          colSpan={cell.colSpan}
          headers={cell.headers?.map(id).join(" ")}
          className={`${border} bg-gray-50 font-normal ${cell.scope === "row" || cell.scope === "rowgroup" ? "text-left" : "text-center"}`}
        >
          {cell.text}
        </th>
      );
    }
    const value = cellValue(values, cell.cell) ?? 0;
    const text = formatCell(cell.cell, value);
    const href = value !== 0 ? cellHref?.(cell.cell) : null;
    const mark = marks?.get(cell.cell);
    return (
      <td
        key={key}
        colSpan={cell.colSpan}
        headers={cell.headers.map(id).join(" ")}
        data-cell={cell.cell}
        className={`${border} text-center tabular-nums ${mark ? MARK_STYLE[mark.tone] : ""}`}
      >
        {href ? (
          <Link href={href} className="text-blue-800 underline">
            {text}
          </Link>
        ) : (
          text
        )}
        {mark && <span className="sr-only">（{mark.reason}）</span>}
      </td>
    );
  };
  return (
    <div role="region" aria-label={`${table.title}（表格，可横向滚动）`} tabIndex={0} className="max-w-full overflow-x-auto">
      {/* Wide tables keep readable columns on a phone and scroll sideways inside this region instead. */}
      <table className={`w-full border-collapse bg-white text-sm ${table.columns > 4 ? "min-w-[46rem]" : ""}`}>
        <caption className="sr-only">{table.title}</caption>
        {table.head.length > 0 && (
          <thead>
            {table.head.map((row, r) => (
              <tr key={r}>{row.map(render)}</tr>
            ))}
          </thead>
        )}
        <tbody>
          {table.body.map((row, r) => (
            <tr key={r}>{row.map(render)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
