import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { postgresSchema } from "./db-schema";

const schema = fs.readFileSync("prisma/schema.prisma", "utf8");

describe("postgresSchema", () => {
  it("changes only the datasource provider, its url and the client's output folder", () => {
    const pg = postgresSchema(schema);
    const changed = (text: string) => text.split("\n").filter((line) => !schema.split("\n").includes(line));
    expect(changed(pg)).toEqual([
      "// GENERATED from schema.prisma by lib/db-schema.ts — do not edit.",
      '  output     = "../lib/generated/prisma-pg"',
      '  provider = "postgresql"',
      '  url      = "postgresql://placeholder/placeholder"',
    ]);
    expect(pg.split("\n")).toHaveLength(schema.split("\n").length + 1);
  });

  it("refuses a schema whose datasource it does not recognise, rather than generate a wrong client", () => {
    expect(() => postgresSchema(schema.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/"sqlite"/);
  });
});
