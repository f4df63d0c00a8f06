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
  // Outgoing mail (lib/mail/transport.ts): SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS from the start)
  // or SMTP_HOST with SMTP_PORT, SMTP_USER, SMTP_PASS. Without either, mail waits in the outbox.
  SMTP_URL: z.string().optional(),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().positive().default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  MAIL_FROM: z.string().default("政府信息公开 <noreply@localhost>"),
  // The public-page cache of server.ts (lib/public-cache/): its memory budget per instance in MB (0 turns it off),
  // and how long a page may be served at most when no write has changed the public content (clock-driven changes).
  PUBLIC_CACHE_MB: z.coerce.number().min(0).default(64),
  PUBLIC_CACHE_TTL_SECONDS: z.coerce.number().int().positive().default(300),
  // The site's public address (next-auth reads it too); the links in mail start with it.
  NEXTAUTH_URL: z.string().default("http://localhost:3000"),
});

export const env = schema.parse(process.env);
