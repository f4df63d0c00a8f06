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
// Narrow columns would otherwise wrap a heading one character per line (表三's row groups and applicant types).
const HEADER_WIDTH = { col: "min-w-[4.5em]", colgroup: "", row: "min-w-[9em]", rowgroup: "min-w-[6em]" };

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
          className={`${border} bg-gray-50 font-normal ${HEADER_WIDTH[cell.scope]} ${cell.scope === "row" || cell.scope === "rowgroup" ? "text-left" : "text-center"}`}
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
  const wide = table.columns > 4;
  const hint = `${idPrefix}${table.key}-scroll-hint`;
  return (
    <>
      {wide && (
        <p id={hint} className="mb-1 text-sm text-gray-700 lg:hidden">
          表格较宽，数字在右侧：请左右滑动表格查看（键盘可用方向键）。
        </p>
      )}
      <div
        role="region"
        aria-label={`${table.title}（表格，可横向滚动）`}
        aria-describedby={wide ? hint : undefined}
        tabIndex={0}
        className="max-w-full overflow-x-auto focus:outline-2 focus:outline-blue-700"
      >
      {/* Wide tables keep readable columns on a phone and scroll sideways inside this region instead. */}
      <table className={`w-full border-collapse bg-white text-sm ${wide ? "min-w-[52rem]" : ""}`}>
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
    </>
  );
}
