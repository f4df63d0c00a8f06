import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";
import { createAdapter } from "./db-adapter";
import { databaseProvider } from "./db-url";
import { env } from "./env";

/** Which database this process talks to, for the few places whose SQL differs (e.g. full-text search). */
export const dbProvider = databaseProvider(env.DATABASE_URL)!;

// A generated client accepts only driver adapters of its schema's provider, so each database has its own client,
// generated from the same schema.prisma (scripts/prisma-generate.ts). Both have the identical API, so `db` is
// typed as the SQLite client everywhere and the PostgreSQL client is cast to that type: every model, query and
// transaction type is the same in both. Raw SQL is the only place where the difference shows, and it is written
// to run on both (see docs/DEPLOYMENT.md, "Writing SQL for both databases").
function createClient(): PrismaClient {
  const adapter = createAdapter();
  return dbProvider === "postgresql"
    ? (new PostgresPrismaClient({ adapter }) as unknown as PrismaClient)
    : new PrismaClient({ adapter });
}

// One client per process; kept on globalThis so Next's dev reloads do not open a new connection each time.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db = globalForDb.db ?? createClient();
globalForDb.db = db;
