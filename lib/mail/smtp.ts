import { createTransport } from "nodemailer";
import type { MailConfig } from "./config";
import type { MailMessage } from "./templates";

/**
 * The one module in lib/ that does I/O: the SMTP client (nodemailer), shared by the app (password
 * reset, scheduled reminders) and `npm run reminders`. Bounded in time: a server that does not answer
 * fails the send instead of holding the run. nodemailer's own logging stays off (it would print
 * addresses); errors are thrown to the caller, which logs no message text.
 */
export type SmtpMailer = { send: (message: MailMessage) => Promise<void>; close: () => void };

export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

export function createSmtpMailer(config: MailConfig, { pool = false }: { pool?: boolean } = {}): SmtpMailer {
  const transport = pool
    ? createTransport({ url: config.url, pool: true, maxConnections: 2, ...SMTP_TIMEOUTS, logger: false, debug: false })
    : createTransport({ url: config.url, ...SMTP_TIMEOUTS, logger: false, debug: false });
  return {
    async send(message) {
      await transport.sendMail({ from: config.from, to: message.to, subject: message.subject, text: message.text, html: message.html, headers: message.headers });
    },
    close: () => transport.close(),
  };
}
