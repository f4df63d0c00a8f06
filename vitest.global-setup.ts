import { randomBytes } from "node:crypto";
import { createTemplateDatabase, removeScratchDatabases } from "./test/test-db";

// Runs once per `vitest run`, before the test processes start (they inherit process.env): names the run, so that
// every scratch database the run creates (vitest.setup.ts) can be removed at the end, whatever happened in the files,
// and migrates the one database of the run's kind that each file's scratch database is then copied from.
export default async function setup() {
  process.env.GONGKAI_TEST_RUN = randomBytes(3).toString("hex");
  const removeAll = () => removeScratchDatabases([process.env.DATABASE_URL, process.env.TEST_DATABASE_URL_PG]);
  try {
    process.env.GONGKAI_TEST_TEMPLATE = await createTemplateDatabase(process.env.DATABASE_URL);
  } catch (error) {
    await removeAll(); // vitest runs no teardown when the setup fails: a half-made template would stay
    throw error;
  }
  return removeAll;
}
