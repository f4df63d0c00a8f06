import { createElement } from "react";
import type { ReportDocument } from "@/lib/report/document";
import { partHeading } from "@/lib/report/export/common";
import { tableLayouts } from "@/lib/report/layout";
import { OVERVIEW_HEADING, type FigureData, type TextPartKey } from "@/lib/report/text";
import { ReportTable, type CellMark } from "./ReportTable";
import { ReportText } from "./ReportText";

type Props = {
  doc: Pick<ReportDocument, "organization" | "report" | "parts" | "original">;
  /** Heading level of the report's title; parts sit one level below, sub-items two. */
  level: 1 | 2;
  /** With data, figures in the text are checked against it (the supervisor's page). */
  figureData?: FigureData;
  cellHref?: (cell: string) => string | null;
  marks?: Map<string, CellMark>;
};

/** A heading at a level given by the page (the report sits under h1 on the public page, under h2 in the back office). */
function Heading({ level, className, children }: { level: number; className: string; children: React.ReactNode }) {
  return createElement(`h${Math.min(level, 6)}`, { className }, children);
}

/** The whole report as a web page: the six parts in order, tables in the official layout. */
export function ReportDocumentView({ doc, level, figureData, cellHref, marks }: Props) {
  const [proactive, requests, appeals] = tableLayouts(doc.report.format);
  const text = (key: TextPartKey) => <ReportText template={doc.parts[key]} data={figureData} />;
  const headingOf = (key: TextPartKey) => partHeading(doc, key);
  return (
    <article className="rounded bg-white p-4 shadow-sm md:p-8">
      <header className="mb-4 text-center">
        <p className="text-lg">{doc.organization.name}</p>
        <Heading level={level} className="text-2xl font-bold">{doc.report.year}年政府信息公开工作年度报告</Heading>
      </header>
      {text("intro")}
      <Heading level={level + 1} className="mt-6 mb-2 text-xl font-bold">{OVERVIEW_HEADING}</Heading>
      {doc.original && <ReportText template={doc.original.overviewLead} />}
      {(["proactive", "requests", "management", "platform", "supervision"] as const).map((key) => (
        <section key={key} aria-label={headingOf(key) || undefined}>
          {headingOf(key) && <Heading level={level + 2} className="mt-3 mb-1 text-lg font-bold">{headingOf(key)}</Heading>}
          {text(key)}
        </section>
      ))}
      {[proactive, requests, appeals].map((table) => (
        <section key={table.key} aria-label={table.title}>
          <Heading level={level + 1} className="mt-6 mb-2 text-xl font-bold">{table.title}</Heading>
          <ReportTable table={table} values={doc.report} cellHref={cellHref} marks={marks} />
        </section>
      ))}
      {(["problems", "other"] as const).map((key) => (
        <section key={key} aria-label={headingOf(key) || undefined}>
          {headingOf(key) && <Heading level={level + 1} className="mt-6 mb-2 text-xl font-bold">{headingOf(key)}</Heading>}
          {text(key)}
        </section>
      ))}
    </article>
  );
}
