import nodemailer from "nodemailer";
import { env } from "@/lib/env";

/** What the runner needs from a mail transport: send one message or throw. Tests may pass their own. */
export type MailSender = (mail: { to: string; subject: string; text: string }) => Promise<void>;

// Timeouts well inside the runner's claim lease (runner.ts), so a hung server cannot outlive the claim and let a
// second runner send the same mail.
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

type SmtpConfig = Pick<typeof env, "SMTP_URL" | "SMTP_HOST" | "SMTP_PORT" | "SMTP_USER" | "SMTP_PASS" | "MAIL_FROM">;

/** The SMTP transport configured by the environment (SMTP_URL, or SMTP_HOST and friends); null when none is. */
export function smtpSender(config: SmtpConfig = env): MailSender | null {
  let transport: nodemailer.Transporter;
  if (config.SMTP_URL) {
    const url = new URL(config.SMTP_URL);
    transport = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port) || (url.protocol === "smtps:" ? 465 : 587),
      secure: url.protocol === "smtps:",
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      ...TIMEOUTS,
    });
  } else if (config.SMTP_HOST) {
    transport = nodemailer.createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_PORT === 465,
      auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASS ?? "" } : undefined,
      ...TIMEOUTS,
    });
  } else {
    return null;
  }
  return async (mail) => {
    await transport.sendMail({ from: config.MAIL_FROM, ...mail });
  };
}
