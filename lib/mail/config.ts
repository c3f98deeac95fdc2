import { z } from "zod";

/** Mail settings from SMTP_URL and MAIL_FROM; null when mail is not configured (every mail feature is then hidden). */
export type MailConfig = {
  /** smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://…:465 (TLS from the start). */
  url: string;
  from: string;
};

export class MailConfigError extends Error {}

const fromSchema = z.union([
  z.email(),
  // "Pendulum <reminders@example.org>"
  z.string().regex(/^[^<>\r\n]{1,100}<[^<>\s]+@[^<>\s]+>$/),
]);

/**
 * Reads SMTP_URL and MAIL_FROM. Both unset: null. One without the other, or a malformed value:
 * MailConfigError naming the variable — never repeating SMTP_URL itself, which holds a password.
 */
export function mailConfigFromEnv(env: Readonly<Record<string, string | undefined>>): MailConfig | null {
  const url = env.SMTP_URL?.trim() || "";
  const from = env.MAIL_FROM?.trim() || "";
  if (!url && !from) return null;
  if (!url) throw new MailConfigError("MAIL_FROM is set but SMTP_URL is not: set both to send mail, or neither.");
  if (!from) throw new MailConfigError("SMTP_URL is set but MAIL_FROM is not: set both to send mail, or neither.");
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MailConfigError("SMTP_URL is not a URL; write it as smtp://user:password@host:587 or smtps://user:password@host:465.");
  }
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") {
    throw new MailConfigError(`SMTP_URL must start with smtp:// or smtps://, not ${parsed.protocol}//.`);
  }
  if (!parsed.hostname) throw new MailConfigError("SMTP_URL has no host name.");
  if (!fromSchema.safeParse(from).success) {
    throw new MailConfigError('MAIL_FROM must be an address such as reminders@example.org or "Pendulum <reminders@example.org>".');
  }
  return { url, from };
}

/** SMTP_URL without its user name and password, for logs and messages. */
export function redactedSmtpUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}`;
  } catch {
    return "(unreadable SMTP_URL)";
  }
}
