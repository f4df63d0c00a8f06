import { vi } from "vitest";
import { createScratchDatabase } from "./test/test-db";

// Runs in each test file's own process before the file is imported, so lib/env.ts (read when lib/db is first
// imported) sees this database: a fresh, fully migrated one per test file, copied from the run's template. By default
// a SQLite file; when the suite is run with DATABASE_URL=postgresql://… (the second pass of scripts/test.sh), a new
// database on that server. vitest.global-setup.ts migrates the template first and removes them all when the run ends.
process.env.DATABASE_URL = await createScratchDatabase(process.env.DATABASE_URL);

// Outside a Next server there is no data cache to keep or drop: cached functions run every time, and the tags
// server actions drop are nothing to drop.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, updateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));
