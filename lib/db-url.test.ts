import { describe, expect, it } from "vitest";
import { databaseProvider } from "./db-url";

describe("databaseProvider", () => {
  it("tells a SQLite file from a PostgreSQL server by the URL's scheme", () => {
    expect(databaseProvider("file:./data/gongkai.db")).toBe("sqlite");
    expect(databaseProvider("file:/var/lib/gongkai/gongkai.db")).toBe("sqlite");
    expect(databaseProvider("postgresql://gongkai:secret@db.example.gov.cn:5432/gongkai")).toBe("postgresql");
    expect(databaseProvider("postgres://gongkai@localhost/gongkai?sslmode=require")).toBe("postgresql");
  });

  it("accepts nothing else", () => {
    for (const url of ["", "./data/gongkai.db", "mysql://localhost/gongkai", "postgresql:/missing-slash", "sqlite:x.db"]) {
      expect(databaseProvider(url), url).toBeNull();
    }
  });
});

describe("the test database", () => {
  it("is this test file's own scratch database, never the configured one", async () => {
    // lib/env.ts must first be read after vitest.setup.ts has chosen the scratch database; if a module imported by
    // the setup read it earlier, tests would write into the developer's database.
    const { env } = await import("./env");
    expect(env.DATABASE_URL).toBe(process.env.DATABASE_URL);
    expect(env.DATABASE_URL).toMatch(/gongkai-test-\w+\.db$|_t\w+$/);
  });
});
