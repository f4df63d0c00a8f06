import path from "node:path";
import { defineConfig } from "prisma/config";
import { createAdapter } from "./lib/db-adapter";

// The CLI never downloads engines here: the js engine talks to the database through a driver adapter, SQLite or
// PostgreSQL by DATABASE_URL. We use the CLI only to generate clients and to diff schemas (scripts/db-diff.ts);
// migrations are applied by lib/db-migrate.ts.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  adapter: async () => createAdapter(),
});
