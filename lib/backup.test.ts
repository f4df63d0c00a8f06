import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { backup, backupStamp, processesUsing, restore } from "./backup";
import { migrateSqlite } from "./db-migrate";

// The real commands (npm run import / report / backup / restore are these scripts) on a database of their own.
// Created by beforeAll only, so the PostgreSQL pass, which skips this file, leaves nothing behind.
const dir = path.join(os.tmpdir(), `gongkai-backup-${process.pid}-${Date.now()}`);
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, "live.db")}`,
  UPLOAD_DIR: path.join(dir, "uploads"),
  BACKUP_DIR: path.join(dir, "backups"),
};
const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
const run = (script: string, ...args: string[]) => execFileSync(tsx, [script, ...args], { env, encoding: "utf8", stdio: "pipe" });
const report = () => run("scripts/report.ts", "--org", "xiaotao", "--year", "2020", "--format", "json");
const sqlite = (sql: string) => {
  const live = new Database(path.join(dir, "live.db"));
  try {
    live.exec(sql);
  } finally {
    live.close();
  }
};

it("refuses a PostgreSQL database and names its tools instead", async () => {
  const untouched = `${dir}-postgresql`;
  const options = { databaseUrl: "postgresql://gongkai@db.internal/gongkai", uploadDir: untouched, backupDir: untouched };
  await expect(backup(options)).rejects.toThrow(/PostgreSQL 请用 pg_dump \/ pg_restore/);
  await expect(restore({ ...options, source: "x.db" })).rejects.toThrow(/PostgreSQL 请用 pg_dump \/ pg_restore/);
  expect(fs.existsSync(untouched)).toBe(false); // nothing was created
});

// npm run backup / restore are SQLite's tools; a PostgreSQL database is backed up with pg_dump and restored with
// pg_restore (docs/DEPLOYMENT.md §4), so the PostgreSQL pass of the suite skips this file.
describe.skipIf(dbProvider === "postgresql")("SQLite backup and restore (npm run backup / restore)", () => {
  beforeAll(() => {
    fs.mkdirSync(dir, { recursive: true });
    migrateSqlite(env.DATABASE_URL);
    run("scripts/import.ts", "prisma/seed-data/xiaotao-2020.json");
    fs.mkdirSync(path.join(env.UPLOAD_DIR, "2020"), { recursive: true });
    fs.writeFileSync(path.join(env.UPLOAD_DIR, "2020", "notice.pdf"), "%PDF-1.4 original");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe("SQLite", () => {
    it("runs in WAL mode (set by db:setup and kept in the file)", async () => {
      const rows = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(rows[0].journal_mode).toBe("wal");
      const live = new Database(path.join(dir, "live.db"), { readonly: true });
      expect(live.pragma("journal_mode", { simple: true })).toBe("wal");
      live.close();
    });
  });

  describe("backup and restore", () => {
    it("names backups by China time", () => {
      expect(backupStamp(new Date("2026-03-15T06:30:05Z"))).toBe("20260315-143005");
    });

    it("a backup → damage → restore round trip gives back an identical report and the uploads", () => {
      const original = report();
      expect(JSON.parse(original).org).toBeTruthy();

      const out = run("scripts/backup.ts");
      const file = out.match(/数据库已备份到 (\S+\.db)/)![1];
      expect(out).toContain("完整性检查：ok");
      expect(fs.readFileSync(file.replace(/\.db$/, "-uploads/2020/notice.pdf"), "utf8")).toBe("%PDF-1.4 original");

      // Damage: half the items and the statistics deleted, an upload overwritten.
      sqlite(`DELETE FROM "Attachment"; DELETE FROM "Item" WHERE rowid % 2 = 0; DELETE FROM "YearlyStatistic";`);
      fs.writeFileSync(path.join(env.UPLOAD_DIR, "2020", "notice.pdf"), "overwritten");
      expect(report()).not.toBe(original);

      const restored = run("scripts/restore.ts", file);
      expect(restored).toContain("恢复前的数据库已另存为");
      expect(report()).toBe(original);
      expect(fs.readFileSync(path.join(env.UPLOAD_DIR, "2020", "notice.pdf"), "utf8")).toBe("%PDF-1.4 original");
      // nothing is thrown away: the damaged state was kept aside
      expect(fs.readdirSync(env.BACKUP_DIR).some((f) => /-pre-restore(-\d+)?\.db$/.test(f))).toBe(true);
      expect(fs.readdirSync(dir).some((f) => f.startsWith("uploads.pre-restore-"))).toBe(true);
    });

    it("backs up online while another process is writing", () => {
      const writer = new Database(path.join(dir, "live.db"));
      writer.exec(`BEGIN; INSERT INTO "Setting" (key, value) VALUES ('uncommitted', 'x');`);
      try {
        const file = run("scripts/backup.ts").match(/数据库已备份到 (\S+\.db)/)![1];
        const copy = new Database(file, { readonly: true });
        expect(copy.prepare(`SELECT count(*) FROM "Setting" WHERE key = 'uncommitted'`).pluck().get()).toBe(0);
        copy.close();
      } finally {
        writer.exec("ROLLBACK");
        writer.close();
      }
    });

    it("refuses to restore while the app (any process) has the database open, and refuses a file that is not a backup", async () => {
      const file = run("scripts/backup.ts").match(/数据库已备份到 (\S+\.db)/)![1];
      const app = spawn(process.execPath, ["-e", `const D=require("better-sqlite3");const d=new D(${JSON.stringify(path.join(dir, "live.db"))});d.prepare("select 1").get();console.log("open");setInterval(()=>{},1000)`], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      try {
        await new Promise((resolve) => app.stdout!.once("data", resolve));
        expect(processesUsing(path.join(dir, "live.db"))).toContain(app.pid);
        expect(() => run("scripts/restore.ts", file)).toThrow(/请先停止应用/);
      } finally {
        app.kill("SIGKILL");
      }
      const notBackup = path.join(dir, "other.db");
      new Database(notBackup).exec("CREATE TABLE t (x)");
      expect(() => run("scripts/restore.ts", notBackup)).toThrow(/不是公开系统的数据库备份/);
      fs.writeFileSync(path.join(dir, "garbage.db"), "not a database at all, just text ".repeat(200));
      expect(() => run("scripts/restore.ts", path.join(dir, "garbage.db"))).toThrow(/恢复失败/);
    });
  });
});
