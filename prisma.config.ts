import path from "node:path";
import { defineConfig } from "prisma/config";
import { createAdapter } from "./lib/db-adapter";

// The CLI never downloads engines here: the js engine talks to the database through a driver adapter.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  adapter: async () => createAdapter(),
});
