import { parseCommandLine } from "@/lib/cli";
import { runJobs } from "@/lib/mail/jobs";

// The background jobs: the clerks' daily digest and the outbox (docs/DEPLOYMENT.md, "Mail and the job runner").
// `--once` runs them once and exits (for cron, e.g. every 5 minutes); without it they run every --every seconds.
const USAGE = "用法：npm run jobs -- [--once] [--every <秒>]";

async function runOnce() {
  const { digests, mail } = await runJobs();
  const sent = mail ? `已发送 ${mail.sent} 封，待重试 ${mail.retried} 封，失败 ${mail.failed} 封` : "未配置 SMTP（SMTP_URL 或 SMTP_HOST），邮件留在待发送队列中";
  console.log(`${new Date().toISOString()} 每日提醒新排队 ${digests} 封；${sent}`);
  return mail?.failed ? 1 : 0;
}

async function main(args: string[]): Promise<number> {
  const command = parseCommandLine(args, { once: { type: "boolean" }, every: { type: "string" } });
  if (typeof command === "string") {
    console.error(`${command}\n${USAGE}`);
    return 2;
  }
  if (command.values.once) return runOnce();
  const every = Number(command.values.every ?? "60");
  if (!Number.isInteger(every) || every < 1) {
    console.error(USAGE);
    return 2;
  }
  for (;;) {
    try {
      await runOnce();
    } catch (error) {
      console.error("任务运行失败：", error instanceof Error ? error.message : error);
    }
    await new Promise((resolve) => setTimeout(resolve, every * 1000));
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error("任务运行失败：", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
