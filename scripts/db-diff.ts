import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseProvider } from "@/lib/db-url";
import { postgresSchema } from "@/lib/db-schema";

// Writes the migration for a change to prisma/schema.prisma, for both databases at once:
//   prisma/migrations/sqlite/<name>/migration.sql and prisma/migrations/postgresql/<name>/migration.sql,
// each the difference between schema.prisma at a git revision (default HEAD) and schema.prisma as it is now.
// When the SQLite folder exists already (a migration ported from a branch), only the PostgreSQL one is written.
// Prisma's differ runs through the driver adapter, so the PostgreSQL half needs DATABASE_URL to name a reachable
// PostgreSQL database; it is only connected to, nothing in it changes. See docs/DEPLOYMENT.md, "Migrations".
const USAGE = "用法：DATABASE_URL=postgresql://… npx tsx scripts/db-diff.ts <NNNN_name> [--from <git revision>]";

function diff(from: string, to: string, databaseUrl: string): string {
  return execFileSync(
    "npx",
    ["prisma", "migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
}

function main(args: string[]): number {
  const at = args.indexOf("--from");
  const from = at >= 0 ? args[at + 1] : "HEAD";
  const [name] = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
  const postgresUrl = process.env.DATABASE_URL ?? "";
  if (!name || !/^\d{4}_[a-z0-9_]+$/.test(name) || !from || databaseProvider(postgresUrl) !== "postgresql") {
    console.error(USAGE);
    return 2;
  }
  const folder = (provider: string) => path.join("prisma", "migrations", provider, name);
  if (fs.existsSync(folder("postgresql"))) {
    console.error(`已存在：${folder("postgresql")}`);
    return 1;
  }
  // Porting a SQLite migration made on another branch: its SQLite half stays as written, only PostgreSQL's is added.
  const providers = fs.existsSync(folder("sqlite")) ? ["postgresql"] : ["sqlite", "postgresql"];

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-db-diff-"));
  try {
    const before = execFileSync("git", ["show", `${from}:prisma/schema.prisma`], { encoding: "utf8" });
    const after = fs.readFileSync(path.join("prisma", "schema.prisma"), "utf8");
    const write = (file: string, text: string) => {
      fs.writeFileSync(path.join(tmp, file), text);
      return path.join(tmp, file);
    };
    const sql: Record<string, () => string> = {
      sqlite: () => diff(write("before.prisma", before), write("after.prisma", after), `file:${path.join(tmp, "diff.db")}`),
      postgresql: () =>
        diff(write("before-pg.prisma", postgresSchema(before)), write("after-pg.prisma", postgresSchema(after)), postgresUrl),
    };
    const written = providers.map((provider) => ({ provider, text: sql[provider]() }));
    if (written.some(({ text }) => text.includes("This is an empty migration"))) {
      console.error(`schema.prisma 与 ${from} 相比没有变化，未写入迁移。`);
      return 1;
    }
    for (const { provider, text } of written) {
      fs.mkdirSync(folder(provider), { recursive: true });
      fs.writeFileSync(path.join(folder(provider), "migration.sql"), text);
      console.log(`已写入 ${path.join(folder(provider), "migration.sql")}`);
    }
    console.log("请逐条核对生成的 SQL；然后 npm run generate，npm run db:setup。");
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

process.exit(main(process.argv.slice(2)));
