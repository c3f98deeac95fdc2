import { afterEach, beforeEach } from "vitest";
import { mailConfigFromEnv } from "@/lib/mail/config";
import { createSmtpMailer, type SmtpMailer } from "@/lib/mail/smtp";
import { startSmtpServer, type TestSmtpServer } from "./smtp-server";

export type SmtpUnderTest = { smtp: TestSmtpServer; mailer: SmtpMailer };

/**
 * A real SMTP server (tests/helpers/smtp-server.ts) and the app's mailer sending to it as `from`,
 * for every test of the file; `ready` receives both (keep them there), and both close after each test.
 */
export function smtpEachTest(from: string, ready: (started: SmtpUnderTest) => void, serverOptions?: Parameters<typeof startSmtpServer>[0]): void {
  let started: SmtpUnderTest | undefined;
  beforeEach(async () => {
    const smtp = await startSmtpServer(serverOptions);
    started = { smtp, mailer: createSmtpMailer(mailConfigFromEnv({ SMTP_URL: smtp.url, MAIL_FROM: from })!) };
    ready(started);
  });
  afterEach(async () => {
    if (!started) return;
    started.mailer.close();
    await started.smtp.close();
    started = undefined;
  });
}
