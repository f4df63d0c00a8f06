import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "./env";

// The one place that knows how to reach the database; used by the app client and the Prisma CLI config.
export function createAdapter() {
  return new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 10_000 });
}
