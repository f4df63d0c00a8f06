import { db, dbProvider } from "@/lib/db";

/**
 * Makes the database itself refuse matching writes to a table (a trigger that raises an error), to fail an import
 * part-way through. Returns the function that removes the trigger again. SQLite reports a trigger's RAISE(ABORT) as
 * a constraint failure; on PostgreSQL the trigger raises one explicitly, so Prisma throws the same error (P2003,
 * naming the failed call) on both.
 */
export async function failWrites(timing: "BEFORE INSERT" | "BEFORE UPDATE", table: string, when: string) {
  if (dbProvider === "postgresql") {
    await db.$executeRawUnsafe(
      `CREATE FUNCTION "test_fail"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure' USING ERRCODE = 'foreign_key_violation'; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "test_fail" ${timing} ON "${table}" FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION "test_fail"()`,
    );
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER "test_fail" ON "${table}"`);
      await db.$executeRawUnsafe(`DROP FUNCTION "test_fail"()`);
    };
  }
  await db.$executeRawUnsafe(
    `CREATE TRIGGER "test_fail" ${timing} ON "${table}" WHEN ${when} BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`,
  );
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER "test_fail"`);
  };
}
