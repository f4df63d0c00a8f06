import "server-only";
import { db } from "@/lib/db";

export function listUsers() {
  return db.user.findMany({
    orderBy: [{ orgId: "asc" }, { username: "asc" }],
    select: { id: true, username: true, name: true, role: true, active: true, org: { select: { name: true } } },
  });
}
