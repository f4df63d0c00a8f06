import { backup } from "@/lib/backup";
import { env } from "@/lib/env";

backup({ databaseUrl: env.DATABASE_URL, uploadDir: env.UPLOAD_DIR, backupDir: env.BACKUP_DIR }).then(
  (result) => {
    console.log(`数据库已备份到 ${result.database}（完整性检查：${result.integrity}）`);
    console.log(result.uploads ? `附件目录已备份到 ${result.uploads}` : `附件目录 ${env.UPLOAD_DIR} 不存在，未备份附件。`);
    process.exit(result.integrity === "ok" ? 0 : 1);
  },
  (error) => {
    console.error("备份失败：", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
