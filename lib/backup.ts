import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migrateSqlite } from "./db-migrate";
import { databaseProvider } from "./db-url";

// Backup and restore of the SQLite database and the uploads directory (npm run backup / npm run restore).
// No server-only marker: these run from scripts/, never in a request.

/** The database file of a SQLite DATABASE_URL. A PostgreSQL database has its own tools, which these do not replace. */
export function sqliteFile(url: string): string {
  if (databaseProvider(url) !== "sqlite") {
    throw new Error("npm run backup / restore 只用于 SQLite 数据库；PostgreSQL 请用 pg_dump / pg_restore（见 docs/DEPLOYMENT.md 第 4 节）。");
  }
  return url.replace(/^file:/, "");
}

/** "20260315-143000": the backup's time in China Standard Time (no daylight saving, so never ambiguous). */
export function backupStamp(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma("integrity_check", { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** backupDir/gongkai-<stamp><suffix>.db, numbered -2, -3 … when a backup was already made in that second. */
function freshName(backupDir: string, stamp: string, suffix = ""): string {
  for (let n = 1; ; n++) {
    const name = path.join(backupDir, `gongkai-${stamp}${suffix}${n > 1 ? `-${n}` : ""}.db`);
    if (!fs.existsSync(name) && !fs.existsSync(name.replace(/\.db$/, "-uploads"))) return name;
  }
}

export type BackupResult = { database: string; uploads: string | null; integrity: string };

/**
 * An online backup: SQLite's backup API copies a consistent snapshot while the app keeps running and
 * writing. The uploads are copied after the database, so every attachment the snapshot refers to is there.
 */
export async function backup(options: { databaseUrl: string; uploadDir: string; backupDir: string; now?: Date }): Promise<BackupResult> {
  const file = sqliteFile(options.databaseUrl);
  const stamp = backupStamp(options.now);
  fs.mkdirSync(options.backupDir, { recursive: true });
  const database = freshName(options.backupDir, stamp);
  const source = new Database(file, { fileMustExist: true });
  try {
    await source.backup(database);
  } finally {
    source.close();
  }
  let uploads: string | null = null;
  if (fs.existsSync(options.uploadDir)) {
    uploads = database.replace(/\.db$/, "-uploads");
    fs.cpSync(options.uploadDir, uploads, { recursive: true, errorOnExist: true });
  }
  return { database, uploads, integrity: integrity(database) };
}

/**
 * The processes (other than this one) that have the file open, found through /proc on Linux; null where
 * /proc cannot tell. Restoring under a running app would leave it writing to the replaced file.
 */
export function processesUsing(file: string): number[] | null {
  if (!fs.existsSync("/proc/self/fd")) return null;
  const targets = new Set(["", "-wal", "-shm"].map((suffix) => path.resolve(file + suffix)));
  const pids: number[] = [];
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    if (Number(pid) === process.pid) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // another user's process, or it has just ended
    }
    for (const fd of fds) {
      try {
        if (targets.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          pids.push(Number(pid));
          break;
        }
      } catch {
        // the descriptor closed meanwhile
      }
    }
  }
  return pids;
}

export type RestoreResult = { previous: string | null; uploadsRestored: boolean; migrations: string[] };

/**
 * Replaces the database (and the uploads, when the backup has them) with a backup. The app must be stopped:
 * refuses while another process has the database open. The current database is first saved as a
 * "pre-restore" backup, and the restored one is migrated to this version's schema.
 */
export async function restore(options: { source: string; databaseUrl: string; uploadDir: string; backupDir: string; now?: Date }): Promise<RestoreResult> {
  const target = path.resolve(sqliteFile(options.databaseUrl));
  if (!fs.existsSync(options.source)) throw new Error(`找不到备份文件：${options.source}`);
  const check = integrity(options.source);
  if (check !== "ok") throw new Error(`备份文件已损坏（integrity_check: ${check}），未做任何更改。`);
  const probe = new Database(options.source, { readonly: true });
  const isGongkai = probe.prepare(`SELECT count(*) FROM sqlite_master WHERE name = '_gongkai_migrations'`).pluck().get() === 1;
  probe.close();
  if (!isGongkai) throw new Error("该文件不是公开系统的数据库备份，未做任何更改。");
  const users = processesUsing(target);
  if (users?.length) throw new Error(`数据库正被进程 ${users.join(", ")} 使用。请先停止应用，再恢复备份。`);

  const stamp = backupStamp(options.now);
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    fs.mkdirSync(options.backupDir, { recursive: true });
    previous = freshName(options.backupDir, stamp, "-pre-restore");
    const current = new Database(target);
    await current.backup(previous);
    current.close();
  }
  // Copy next to the target and rename over it: the database file is never half-written.
  const temporary = `${target}.restoring`;
  fs.copyFileSync(options.source, temporary);
  const fd = fs.openSync(temporary, "r+");
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  // An old -wal belongs to the old database; replayed onto the restored one it would corrupt it.
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
  fs.renameSync(temporary, target);

  const backupUploads = options.source.replace(/\.db$/, "-uploads");
  const uploadsRestored = backupUploads !== options.source && fs.existsSync(backupUploads);
  if (uploadsRestored) {
    if (fs.existsSync(options.uploadDir)) fs.renameSync(options.uploadDir, `${options.uploadDir.replace(/\/$/, "")}.pre-restore-${stamp}`);
    fs.cpSync(backupUploads, options.uploadDir, { recursive: true });
  }
  return { previous, uploadsRestored, migrations: migrateSqlite(options.databaseUrl) };
}
