import { z } from "zod";
import { databaseProvider } from "./db-url";

// Configuration is read and validated here once; nothing else reads process.env.
const schema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/gongkai.db")
    .refine(
      (url) => databaseProvider(url) !== null,
      "DATABASE_URL must be a SQLite file: URL or a postgresql:// (postgres://) URL",
    ),
  // Connections each app instance may hold open to PostgreSQL; instances × this must stay below the server's
  // max_connections (see docs/DEPLOYMENT.md). Unused with SQLite.
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  NEXTAUTH_SECRET: z.string().min(16).default("gongkai-development-secret-change-me"),
  UPLOAD_DIR: z.string().default("./data/uploads"),
  BACKUP_DIR: z.string().default("./data/backups"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
});

export const env = schema.parse(process.env);
