import { z } from "zod";

// Configuration is read and validated here once; nothing else reads process.env.
const schema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/gongkai.db")
    .refine((url) => url.startsWith("file:"), "DATABASE_URL must be a SQLite file: URL"),
  NEXTAUTH_SECRET: z.string().min(16).default("gongkai-development-secret-change-me"),
  UPLOAD_DIR: z.string().default("./data/uploads"),
  BACKUP_DIR: z.string().default("./data/backups"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
});

export const env = schema.parse(process.env);
