import type BetterSqlite3 from "better-sqlite3";
import type { PoolClient } from "pg";
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

/** A driver's own connection: better-sqlite3's database or node-postgres's pooled client. */
export type DriverConnection = BetterSqlite3.Database | PoolClient;

/**
 * The driver connections of the transactions open in this process. The import writes its million rows on its
 * transaction's own connection, past Prisma (lib/interchange/bulk.ts): Prisma's query compiler spends about as
 * long on each batch's parameter as the database spends writing it. The adapters keep the connection as `client`.
 */
export const openTransactionConnections = new Set<DriverConnection>();

function trackTransactions<Adapter extends Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>>(adapter: Adapter): Adapter {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const transaction = await start(isolationLevel);
    const connection = (transaction as unknown as { client: DriverConnection }).client;
    openTransactionConnections.add(connection);
    for (const end of ["commit", "rollback"] as const) {
      const finish = transaction[end].bind(transaction);
      transaction[end] = () => {
        openTransactionConnections.delete(connection);
        return finish();
      };
    }
    return transaction;
  };
  return adapter;
}

// The one place that knows how to reach the database; used by the app client and the Prisma CLI config.
// The URL's scheme picks the driver: file: → better-sqlite3, postgresql:// → node-postgres.
export function createAdapter(url = env.DATABASE_URL) {
  if (databaseProvider(url) === "postgresql") {
    const factory = new PrismaPg({ connectionString: url, max: env.DATABASE_POOL_MAX });
    const connect = factory.connect.bind(factory);
    factory.connect = async () => trackTransactions(await connect());
    return factory;
  }
  const factory = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () =>
    trackTransactions(
      Object.assign(await connect(), { getConnectionInfo: () => ({ maxBindValues: SQLITE_MAX_BIND_VALUES, supportsRelationJoins: false }) }),
    );
  return factory;
}
