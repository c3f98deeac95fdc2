import { SMTP_PASSWORD, SMTP_USER } from "../helpers/smtp-server";

/** The port of the SMTP server the mail spec starts; the app under test sends to it (E2E_SMTP_PORT, else E2E_PORT + 2000). */
export function e2eSmtpPort(): number {
  return Number(process.env.E2E_SMTP_PORT || Number(process.env.E2E_PORT || 3300) + 2000);
}

/** SMTP_URL and MAIL_FROM for the app under test: mail features are on in every spec; only the mail spec listens. */
export function e2eMailEnv(): Record<string, string> {
  return { SMTP_URL: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${e2eSmtpPort()}`, MAIL_FROM: "Pendulum <no-reply@pendulum.test>" };
}
