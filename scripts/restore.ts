import { restore } from "@/lib/backup";
import { env } from "@/lib/env";

const source = process.argv[2];
if (!source) {
  console.error("用法：npm run restore -- <备份文件.db>   （先停止应用）");
  process.exit(2);
}

restore({ source, databaseUrl: env.DATABASE_URL, uploadDir: env.UPLOAD_DIR, backupDir: env.BACKUP_DIR }).then(
  (result) => {
    console.log(`已从 ${source} 恢复数据库。`);
    if (result.previous) console.log(`恢复前的数据库已另存为 ${result.previous}`);
    console.log(result.uploadsRestored ? "附件目录已一并恢复（原目录已改名保留）。" : "该备份没有附件目录，附件未改动。");
    if (result.migrations.length) console.log(`已应用迁移：${result.migrations.join(", ")}`);
    console.log("现在可以启动应用。");
    process.exit(0);
  },
  (error) => {
    console.error("恢复失败：", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
