import { templateResponse } from "@/lib/import-xlsx/import";
import { apiRoute } from "@/lib/route";

/** The Excel template for bulk import of requests (依申请公开). */
export const GET = apiRoute("request.handle", async () => templateResponse("requests"));
