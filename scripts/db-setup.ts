import { env } from "@/lib/env";
import { migrateSqlite } from "@/lib/db-migrate";

const applied = migrateSqlite(env.DATABASE_URL);
console.log(applied.length ? `已应用迁移：${applied.join(", ")}` : "数据库已是最新版本。");
