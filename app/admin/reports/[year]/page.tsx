import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportDocumentView } from "@/components/report/ReportDocumentView";
import type { CellMark } from "@/components/report/ReportTable";
import { DownloadLink } from "@/components/ui/DownloadLink";
import { Table } from "@/components/ui/Table";
import { requirePage } from "@/lib/auth/session";
import { policiesWithoutInterpretation } from "@/lib/items/interpretations";
import { chinaDateTime } from "@/lib/dates";
import { labelOf } from "@/lib/labels";
import { can } from "@/lib/permissions";
import { currentYear, reportWorkspace } from "@/lib/report/admin";
import { EXPORT_FORMAT_CODES, EXPORT_FORMATS } from "@/lib/report/export";
import { reportYear } from "@/lib/report/formats";
import { isStatisticCell } from "@/lib/report/layout";
import { CHECK_TITLES, involvedLabel } from "@/lib/report/review";
import { COUNTING_RULES } from "@/lib/report/rules";
import { ExplanationsForm } from "./ExplanationsForm";
import { PublishForm } from "./PublishForm";
import { RefreshFiguresForm } from "./RefreshFiguresForm";
import { TextEditor } from "./TextEditor";

export const metadata = { title: "年度报告" };

const section = "mt-8 rounded bg-white p-4 shadow-sm";
const h2 = "mb-3 border-b-2 border-brand pb-1 text-xl font-bold";
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export default async function ReportYearPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requirePage("report.edit");
  const parsed = reportYear.safeParse((await params).year);
  if (!parsed.success || parsed.data > currentYear()) notFound();
  const year = parsed.data;
  const ws = await reportWorkspace(user, year);
  const uninterpreted = await policiesWithoutInterpretation({ ids: [ws.organization.id] }, year);
  const withoutInterpretation = [...uninterpreted.values()].reduce((a, b) => a + b, 0);
  const version = ws.stored?.version ?? 0;
  const data = { ...ws.report, fees: ws.fees };

  const statisticsPage = `/admin/reports/${year}/statistics`;
  const linked = (cell: string) => (isStatisticCell(cell) ? statisticsPage : `/admin/reports/${year}/cells/${encodeURIComponent(cell)}`);
  const marks = new Map<string, CellMark>();
  for (const check of ws.checks.filter((c) => !c.ok)) {
    const kind = check.severity === "error" ? "未通过检查" : "提醒";
    for (const cell of check.cells) marks.set(cell, { reason: `${kind}：${labelOf(CHECK_TITLES, check.code)}`, tone: check.severity });
  }
  for (const d of ws.drift) marks.set(d.cell, { reason: `发布后数据已变化：已发布 ${d.published}，现为 ${d.current}`, tone: "error" });
  const stale = ws.checks.some((c) => c.code === "text.figures" && !c.ok);
  const download = (format: string, versionNo: number | "draft") =>
    `/api/reports/${ws.organization.code}/${year}?format=${format}&version=${versionNo}`;

  return (
    <>
      <h1 className="text-2xl font-bold">{year} 年政府信息公开工作年度报告</h1>
      <p className="mt-1 text-gray-700">
        {ws.organization.name} ·{" "}
        {ws.latest ? `已发布第 ${ws.latest.versionNo} 版（${chinaDateTime(ws.latest.publishedAt)}，${ws.latest.publishedBy.name}）` : "尚未发布"}
        {ws.textChanged && " · 正文有未发布的修改"}
      </p>
      <nav aria-label="本页目录" className="mt-3">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-blue-800 underline">
          <li><a href="#checks">检查</a></li>
          <li><a href="#document">正文与表格</a></li>
          <li><a href="#comparison">与上年比较</a></li>
          <li><a href="#rules">统计口径</a></li>
          <li><a href="#publish">发布</a></li>
          <li><a href="#versions">版本与下载</a></li>
          <li><Link href={statisticsPage}>年度统计录入</Link></li>
          <li><Link href={`/admin/reports/${year - 1}/baseline`}>{year - 1} 年报告基线</Link></li>
        </ul>
      </nav>

      {ws.drift.length > 0 && (
        <section aria-labelledby="drift" className="mt-6 rounded border-2 border-red-700 bg-red-50 p-4">
          <h2 id="drift" className="mb-2 text-xl font-bold text-red-900">
            发布后记录已变化：{ws.drift.length} 个数据与第 {ws.latest!.versionNo} 版不同
          </h2>
          <p className="mb-2">公众看到的仍是已发布的版本。核实后请重新发布，或在记录中更正。</p>
          <Table
            caption="与已发布版本不同的数据"
            headers={["项目", "已发布", "现在"]}
            rows={ws.drift.map((d) => [
              d.label,
              d.published,
              <Link key={d.cell} href={`/admin/reports/${year}/cells/${encodeURIComponent(d.cell)}`} className="text-blue-800 underline">
                {d.current}
              </Link>,
            ])}
          />
        </section>
      )}

      <section id="checks" aria-labelledby="checks-title" className={section}>
        <h2 id="checks-title" className={h2}>检查</h2>
        <ul className="space-y-2">
          {ws.checks.map((check) => (
            <li key={check.code} className={check.ok ? "" : check.severity === "error" ? "text-red-900" : "text-amber-900"}>
              <span className="font-bold">
                {check.ok ? "✓ 通过" : check.severity === "error" ? "✗ 未通过" : "! 提醒"}：{labelOf(CHECK_TITLES, check.code)}
              </span>
              <span className="block text-sm">{check.detail}</span>
              {check.cells.length > 0 && (
                <span className="block text-sm">涉及：{check.cells.map((cell) => involvedLabel(ws.report.format, cell, ws.comparison)).join("；")}</span>
              )}
              {check.code === "proactive.statistics" && !check.ok && (
                <Link href={statisticsPage} className="text-sm text-blue-800 underline">
                  填写年度统计
                </Link>
              )}
            </li>
          ))}
        </ul>
        {/* Not a check of the report (its tables do not show 解读): a reminder for 第二十条（一）'s policies. */}
        <p className={`mt-3 text-sm ${withoutInterpretation > 0 ? "text-amber-900" : ""}`}>
          政策解读（三同步）：{year}年公开的规章和行政规范性文件中，{withoutInterpretation > 0 ? `${withoutInterpretation} 件没有同步发布解读` : "均已发布解读或没有此类文件"}。
        </p>
      </section>

      <section id="document" aria-labelledby="document-title" className="mt-8">
        <h2 id="document-title" className={h2}>正文与表格</h2>
        <p className="mb-3 text-sm text-gray-700">表格中不为 0 的数字可点开，查看其对应的记录。正文中带虚线的数字与数据关联，标红的数字已与数据不符。</p>
        {stale && (
          <div className="mb-3 rounded border border-red-300 bg-red-50 p-3">
            <p className="mb-2 text-red-900">正文中有数字与最新数据不符（已标红）。</p>
            <RefreshFiguresForm year={year} version={version} />
          </div>
        )}
        <ReportDocumentView doc={ws} level={2} figureData={data} cellHref={linked} marks={marks} />
        <details className="mt-4 rounded bg-white p-4 shadow-sm">
          <summary className="cursor-pointer font-bold text-blue-800">编辑正文</summary>
          <div className="mt-3">
            <TextEditor year={year} version={version} parts={ws.parts} />
          </div>
        </details>
      </section>

      <section id="comparison" aria-labelledby="comparison-title" className={section}>
        <h2 id="comparison-title" className={h2}>与上年比较</h2>
        <p className="mb-2 text-sm text-gray-700">上年数据来源：{ws.previous.source}。变化较大的项目已标出，请说明原因。</p>
        <Table
          caption={`${year} 年与 ${year - 1} 年比较`}
          headers={["项目", `${year - 1} 年`, `${year} 年`, "增减"]}
          rows={ws.comparison.map((row) => [
            row.label,
            row.previous,
            row.current,
            row.large ? (
              <strong key={row.path} className="rounded bg-amber-100 px-1 text-amber-900">
                {signed(row.delta)}（变化较大）
              </strong>
            ) : row.delta === 0 ? (
              "0"
            ) : (
              <span key={row.path} className="bg-amber-50 px-1">{signed(row.delta)}</span>
            ),
          ])}
        />
        {ws.comparison.some((r) => r.large) && (
          <div className="mt-4">
            <ExplanationsForm year={year} version={version} rows={ws.comparison.filter((r) => r.large)} explanations={ws.explanations} />
          </div>
        )}
      </section>

      <section id="rules" aria-labelledby="rules-title" className={section}>
        <h2 id="rules-title" className={h2}>统计口径说明</h2>
        <ol className="list-decimal space-y-1 pl-6">
          {COUNTING_RULES.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ol>
      </section>

      <section id="publish" aria-labelledby="publish-title" className={section}>
        <h2 id="publish-title" className={h2}>发布</h2>
        {can(user, "report.publish") ? (
          <PublishForm
            year={year}
            version={version}
            nextVersion={(ws.latest?.versionNo ?? 0) + 1}
            blocking={ws.blocking}
            titles={CHECK_TITLES}
          />
        ) : (
          <p>您没有发布权限。</p>
        )}
      </section>

      <section id="versions" aria-labelledby="versions-title" className={section}>
        <h2 id="versions-title" className={h2}>版本与下载</h2>
        <p className="mb-2">
          当前草稿：
          {EXPORT_FORMAT_CODES.map((format) => (
            <ExportLink key={format} format={format} href={download(format, "draft")} className="mr-3 text-blue-800 underline">
              草稿 {EXPORT_FORMATS[format].label}
            </ExportLink>
          ))}
        </p>
        <Table
          caption="已发布版本"
          headers={["版本", "发布时间", "发布人", "覆盖的检查", "下载"]}
          rows={ws.versions.map((v) => [
            `第 ${v.versionNo} 版`,
            chinaDateTime(v.publishedAt),
            v.publishedBy.name,
            v.overrides.length === 0 ? "无" : v.overrides.map((o) => `${labelOf(CHECK_TITLES, o.code)}：${o.reason}`).join("；"),
            <span key={v.versionNo} className="flex flex-wrap gap-x-3">
              {EXPORT_FORMAT_CODES.map((format) => (
                <ExportLink key={format} format={format} href={download(format, v.versionNo)} className="text-blue-800 underline">
                  第 {v.versionNo} 版 {format.toUpperCase()}
                </ExportLink>
              ))}
            </span>,
          ])}
        />
      </section>
    </>
  );
}

/** The print page (html) opens in the browser; the files download with their progress shown. */
function ExportLink({ format, href, className, children }: { format: string; href: string; className: string; children: React.ReactNode }) {
  if (format === "html")
    return (
      <a href={href} className={className}>
        {children}
      </a>
    );
  return (
    <DownloadLink href={href} className={className} fallbackName={`report.${format}`}>
      {children}
    </DownloadLink>
  );
}
