import { PrismaClient } from "./generated/prisma/client";
import { createAdapter } from "./db-adapter";

// One client per process; kept on globalThis so Next's dev reloads do not open a new connection each time.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db = globalForDb.db ?? new PrismaClient({ adapter: createAdapter() });
globalForDb.db = db;
