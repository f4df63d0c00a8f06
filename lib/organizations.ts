import "server-only";
import { db } from "@/lib/db";

export function listOrganizations() {
  return db.organization.findMany({ orderBy: { code: "asc" } });
}
