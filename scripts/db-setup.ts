import { env } from "@/lib/env";
import { migrateDatabase } from "@/lib/db-migrate";
import { loadShippedCalendar } from "@/lib/calendar/mutations";

async function main() {
  const { applied, warnings } = await migrateDatabase(env.DATABASE_URL);
  console.log(applied.length ? `已应用迁移：${applied.join(", ")}` : "数据库已是最新版本。");
  for (const warning of warnings) console.warn(`警告：${warning}`);
  // The Prisma client connects on its first query, i.e. only now, after the migrations.
  const inserted = await loadShippedCalendar();
  console.log(inserted ? `工作日历：载入 ${inserted} 天节假日安排。` : "工作日历已是最新。");
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error("数据库准备失败：", error);
    process.exit(1);
  },
);
