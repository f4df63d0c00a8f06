import { env } from "@/lib/env";
import { migrateDatabase } from "@/lib/db-migrate";

migrateDatabase(env.DATABASE_URL).then(
  ({ applied, warnings }) => {
    console.log(applied.length ? `已应用迁移：${applied.join(", ")}` : "数据库已是最新版本。");
    for (const warning of warnings) console.warn(`警告：${warning}`);
  },
  (error) => {
    console.error("数据库迁移失败：", error);
    process.exit(1);
  },
);
