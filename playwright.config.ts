import { defineConfig, devices } from "@playwright/test";
import { databaseProvider } from "./lib/db-url";
import { E2E_DATABASE_URL as DATABASE_URL } from "./e2e/database";
import type { InstanceOptions } from "./e2e/fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// The database the test servers empty and seed is E2E_DATABASE_URL, never DATABASE_URL, so a developer's own
// database is safe from the reset.
// Several app instances need a server database, so the second instance (e2e/instances.spec.ts) runs on PostgreSQL
// only. It listens on E2E_PORT_2 (default E2E_PORT + 1) and shares the first one's database and build.
const SECOND_PORT = Number(process.env.E2E_PORT_2 ?? PORT + 1);
const secondBaseURL = databaseProvider(DATABASE_URL) === "postgresql" ? `http://localhost:${SECOND_PORT}` : null;

const server = (port: number, reset: boolean) => ({
  // A fresh database with the demo data, served by the production build (`npm run build` runs first).
  command: "bash scripts/e2e-server.sh",
  url: `http://localhost:${port}/login`,
  timeout: 120_000,
  reuseExistingServer: false,
  env: {
    E2E_PORT: String(port),
    E2E_RESET: reset ? "1" : "0",
    NEXTAUTH_URL: `http://localhost:${port}`,
    DATABASE_URL,
    UPLOAD_DIR: "./data/e2e-uploads",
    NEXT_TELEMETRY_DISABLED: "1",
  },
});

export default defineConfig<InstanceOptions>({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  timeout: 30_000,
  use: {
    baseURL,
    secondBaseURL,
    // Recording a trace of every test costs ~20 % of the run (3 specs: 152 and 154 s with traces kept on failure,
    // 122 and 113 s without): CI records one only when it retries a failed test; locally, for each failure.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // Playwright starts the servers one after the other, so the second starts once the first has seeded the database.
  webServer: secondBaseURL ? [server(PORT, true), server(SECOND_PORT, false)] : server(PORT, true),
});
