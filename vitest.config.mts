import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // tsconfig paths: "@/*" → "./*" (a regex, so scoped packages such as "@prisma/client" are untouched).
      { find: /^@\//, replacement: `${root}/` },
      // Next's marker package throws outside React Server Components; in unit tests it is a no-op.
      { find: /^server-only$/, replacement: path.join(root, "node_modules/server-only/empty.js") },
    ],
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "bench/**/*.test.ts"],
    // One process per test file, so each file gets its own DATABASE_URL and its own fresh SQLite database.
    pool: "forks",
    isolate: true,
    globalSetup: ["./vitest.global-setup.ts"],
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
