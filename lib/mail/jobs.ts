import { todayInChina } from "@/lib/dates";
import { queueDigests } from "./digest";
import { sendOutbox, type RunResult } from "./runner";
import { smtpSender, type MailSender } from "./transport";

/**
 * One run of the background jobs (`npm run jobs`, from cron): queue today's digests (once per body and day),
 * then send the outbox. Safe to run on several instances at once: the dedupe keys and the claims decide.
 */
export async function runJobs(send: MailSender | null = smtpSender(), today = todayInChina()): Promise<{ digests: number; mail: RunResult | null }> {
  const digests = await queueDigests(today);
  return { digests, mail: send ? await sendOutbox(send) : null };
}
