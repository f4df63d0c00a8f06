import { todayInChina } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { oversightExport } from "@/lib/oversight/console";
import { consoleCsv, consoleTitle, consoleXlsx } from "@/lib/oversight/export";
import { apiRoute } from "@/lib/route";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The oversight console, every body of the subtree (not one page), as CSV (default) or XLSX (?format=xlsx), with the page's ?year, ?org and ?sort. */
export const GET = apiRoute("oversight.view", async (request, user) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const view = await oversightExport(user, params);
  if (!view) throw new NotFoundError();
  const name = `oversight-${view.scope.root?.code ?? "all"}-${view.year}-${todayInChina()}`;
  const xlsx = params.format === "xlsx";
  const body = xlsx ? await consoleXlsx(view.rows, consoleTitle(view.scope.root?.name ?? "全平台", view.year)) : consoleCsv(view.rows);
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": xlsx ? XLSX : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.${xlsx ? "xlsx" : "csv"}"`,
      "Cache-Control": "no-store",
    },
  });
});
