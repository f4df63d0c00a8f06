import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { postgresSchema } from "@/lib/db-schema";

// Generates both Prisma clients from the one schema: lib/generated/prisma (SQLite) from prisma/schema.prisma and
// lib/generated/prisma-pg (PostgreSQL) from its generated copy. Run by `npm install` (postinstall) and
// `npm run generate`; run it after every change to schema.prisma.
fs.writeFileSync("prisma/generated-postgresql.prisma", postgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8")));
for (const schema of ["prisma/schema.prisma", "prisma/generated-postgresql.prisma"]) {
  execFileSync("npx", ["prisma", "generate", "--schema", schema], { stdio: "inherit" });
}
