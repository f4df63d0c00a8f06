import { NotFoundError } from "@/lib/errors";
import { rollupQuery } from "@/lib/oversight/console";
import { EXPORT_FORMATS, EXPORT_FORMAT_CODES, exportFileName, writeExport } from "@/lib/report/export";
import { buildRollup, rollupDocument, rollupJson } from "@/lib/report/rollup";
import { apiRoute } from "@/lib/route";

/** A region's roll-up report in one of the report's formats (?format=, default xlsx), like a body's report. */
export const GET = apiRoute("oversight.view", async (request, user) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = await rollupQuery(user, params);
  const rollup = query && (await buildRollup(query.region.code, query.year));
  if (!rollup) throw new NotFoundError();
  const format = EXPORT_FORMAT_CODES.find((f) => f === params.format) ?? "xlsx";
  const doc = rollupDocument(rollup);
  const file = format === "json" ? rollupJson(rollup) : await writeExport(doc, format);
  const name = encodeURIComponent(exportFileName(doc, format).replace("（草稿）", "（汇总）"));
  return new Response(typeof file === "string" ? file : new Uint8Array(file), {
    headers: {
      "Content-Type": EXPORT_FORMATS[format].contentType,
      "Content-Disposition": `attachment; filename*=UTF-8''${name}`,
      "Cache-Control": "no-store",
    },
  });
});
