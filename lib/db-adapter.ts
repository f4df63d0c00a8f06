import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider } from "./db-url";
import { env } from "./env";

/**
 * SQLite's bind-variable limit (SQLITE_MAX_VARIABLE_NUMBER) since 3.32; better-sqlite3 bundles 3.49. The adapter
 * does not report it, so Prisma assumes the old 999 and splits a longer `in` list into several statements — which
 * it refuses under a sort with take or a groupBy (the oversight console passes a province's 3,000 body ids).
 */
export const SQLITE_MAX_BIND_VALUES = 32_766;

// The one place that knows how to reach the database; used by the app client and the Prisma CLI config.
// The URL's scheme picks the driver: file: → better-sqlite3, postgresql:// → node-postgres.
export function createAdapter(url = env.DATABASE_URL) {
  if (databaseProvider(url) === "postgresql") {
    return new PrismaPg({ connectionString: url, max: env.DATABASE_POOL_MAX });
  }
  const factory = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () =>
    Object.assign(await connect(), { getConnectionInfo: () => ({ maxBindValues: SQLITE_MAX_BIND_VALUES, supportsRelationJoins: false }) });
  return factory;
}
