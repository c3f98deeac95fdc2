import "server-only";
import { mailConfigFromEnv, type MailConfig } from "@/lib/mail/config";
import { createSmtpMailer, type SmtpMailer } from "@/lib/mail/smtp";

const globalForMail = globalThis as unknown as { pendulumMailer?: SmtpMailer };

/** SMTP_URL and MAIL_FROM, or null: every mail feature is hidden without them. A malformed value throws (at start-up, from instrumentation.ts). */
export function mailConfig(): MailConfig | null {
  return mailConfigFromEnv(process.env);
}

export function isMailConfigured(): boolean {
  return mailConfig() !== null;
}

/** The process's SMTP client (a small pool), made on first use; null when mail is not configured. */
export function getMailer(): SmtpMailer | null {
  const config = mailConfig();
  if (!config) return null;
  globalForMail.pendulumMailer ??= createSmtpMailer(config, { pool: true });
  return globalForMail.pendulumMailer;
}

/** An error's code only (ECONNREFUSED, EAUTH…): nodemailer's messages can repeat addresses and server replies. */
export function mailErrorCode(error: unknown): string {
  const code = (error as { code?: unknown; responseCode?: unknown } | null)?.code;
  const response = (error as { responseCode?: unknown } | null)?.responseCode;
  return [typeof code === "string" ? code : "error", typeof response === "number" ? String(response) : ""].filter(Boolean).join(" ");
}
