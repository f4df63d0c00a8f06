import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

// A real SMTP server on a free local port, started by the tests that need one (unit and e2e): mail the app
// sends through nodemailer arrives here and is parsed, so a test reads what an applicant or clerk would.
export type TestSmtpServer = {
  url: string;
  messages: ParsedMail[];
  /** The messages to `to` (and matching `subject`, if given), waiting up to `timeoutMs` for at least one. */
  waitFor(to: string, subject?: RegExp, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
};

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  const addressedTo = (to: string, subject?: RegExp) =>
    messages.filter((m) => {
      const recipients = [m.to].flat().flatMap((a) => a?.value.map((v) => v.address) ?? []);
      return recipients.includes(to) && (!subject || subject.test(m.subject ?? ""));
    });
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(to, subject, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      while (addressedTo(to, subject).length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      return addressedTo(to, subject);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
