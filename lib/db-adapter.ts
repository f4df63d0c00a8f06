import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider } from "./db-url";
import { env } from "./env";

// The one place that knows how to reach the database; used by the app client and the Prisma CLI config.
// The URL's scheme picks the driver: file: → better-sqlite3, postgresql:// → node-postgres.
export function createAdapter(url = env.DATABASE_URL) {
  if (databaseProvider(url) === "postgresql") {
    return new PrismaPg({ connectionString: url, max: env.DATABASE_POOL_MAX });
  }
  return new PrismaBetterSQLite3({ url, timeout: 10_000 });
}
