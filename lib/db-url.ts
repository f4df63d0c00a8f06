/** The database kinds DATABASE_URL may name: a SQLite file or a PostgreSQL (or PostgreSQL-compatible) server. */
export type DatabaseProvider = "sqlite" | "postgresql";

// Kept apart from lib/env.ts, which reads process.env when first imported: test setup must be able to tell the
// kind of a URL before it chooses the DATABASE_URL that lib/env.ts will see.
export function databaseProvider(url: string): DatabaseProvider | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}
