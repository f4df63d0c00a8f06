import { templateResponse } from "@/lib/import-xlsx/import";
import { apiRoute } from "@/lib/route";

/** The Excel template for bulk import of items (政府信息), with today's categories in its drop-down. */
export const GET = apiRoute("item.edit", async () => templateResponse("items"));
