import { env } from "@/lib/env";
import { resetDatabase } from "@/test/test-db";

// For test servers only (scripts/e2e-server.sh): empties the database at DATABASE_URL.
resetDatabase(env.DATABASE_URL).then(
  () => console.log("数据库已清空。"),
  (error) => {
    console.error("清空数据库失败：", error);
    process.exit(1);
  },
);
