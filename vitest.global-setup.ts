import { randomBytes } from "node:crypto";
import { removeScratchDatabases } from "./test/test-db";

// Runs once per `vitest run`, before the test processes start (they inherit process.env): names the run, so that
// every scratch database the run creates (vitest.setup.ts) can be removed at the end, whatever happened in the files.
export default function setup() {
  process.env.GONGKAI_TEST_RUN = randomBytes(3).toString("hex");
  return () => removeScratchDatabases([process.env.DATABASE_URL, process.env.TEST_DATABASE_URL_PG]);
}
